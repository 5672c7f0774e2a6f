import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { CreatePersonDto, ListPeopleQuery, PersonDto, PersonPageDto, PersonWithPasswordDto, UpdatePersonDto } from './dto/person.dto';
import { PeopleService } from './people.service';
import { Audited } from '../audit-log/audited';

@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOperation({ summary: 'List people, paged; unit contacts and signers see only their own unit' })
  @ApiOkResponse({ type: PersonPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListPeopleQuery): Promise<PersonPageDto> {
    return this.people.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: PersonDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonDto> {
    return this.people.get(actor, id);
  }

  @Post()
  @Roles(...MANAGERS)
  @Audited('person')
  @ApiOperation({ summary: 'Create a person; the answer carries a one-time password, shown once' })
  @ApiCreatedResponse({ type: PersonWithPasswordDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePersonDto): Promise<PersonWithPasswordDto> {
    return this.people.create(actor, dto);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @Audited('person', 'id')
  @ApiOkResponse({ type: PersonDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdatePersonDto): Promise<PersonDto> {
    return this.people.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @Audited('person', 'id')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: PersonDto })
  deactivate(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonDto> {
    return this.people.setActive(actor, id, false);
  }

  @Post(':id/reactivate')
  @Audited('person', 'id')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: PersonDto })
  reactivate(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonDto> {
    return this.people.setActive(actor, id, true);
  }

  @Post(':id/reset-password')
  @Audited('person', 'id')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Issue a new one-time password, shown once' })
  @ApiOkResponse({ type: PersonWithPasswordDto })
  resetPassword(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonWithPasswordDto> {
    return this.people.resetPassword(actor, id);
  }
}
