import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { CreateUnitDto, ListUnitsQuery, UnitDto, UnitPageDto, UpdateUnitDto } from './dto/unit.dto';
import { UnitsService } from './units.service';
import { Audited } from '../audit-log/audited';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOperation({ summary: 'List units, paged; unit contacts and signers see only their own unit' })
  @ApiOkResponse({ type: UnitPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListUnitsQuery): Promise<UnitPageDto> {
    return this.units.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UnitDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UnitDto> {
    return this.units.get(actor, id);
  }

  @Post()
  @Roles(...MANAGERS)
  @Audited('unit')
  @ApiOperation({ summary: 'Create a unit (coordinator or admin)' })
  @ApiCreatedResponse({ type: UnitDto })
  create(@Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(dto);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @Audited('unit', 'id')
  @ApiOkResponse({ type: UnitDto })
  update(@IdParam() id: string, @Body() dto: UpdateUnitDto): Promise<UnitDto> {
    return this.units.update(id, dto);
  }

  @Post(':id/deactivate')
  @Audited('unit', 'id')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Deactivate a unit with no active sub-units or people; it is kept for history' })
  @ApiOkResponse({ type: UnitDto })
  deactivate(@IdParam() id: string): Promise<UnitDto> {
    return this.units.setActive(id, false);
  }

  @Post(':id/reactivate')
  @Audited('unit', 'id')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: UnitDto })
  reactivate(@IdParam() id: string): Promise<UnitDto> {
    return this.units.setActive(id, true);
  }
}
