import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { TrailService } from './trail.service';

/** Read-only by design: the trail has no route that changes or deletes an entry. */
@ApiTags('trail')
@ApiBearerAuth()
@Controller('documents/:id/trail')
export class TrailController {
  constructor(private readonly trails: TrailService) {}

  @Get()
  @ApiOperation({ summary: "The document's trail as JSON, with the result of verifying its hash chain" })
  trail(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.trails.trail(actor, id);
  }

  @Get('export')
  @ApiOperation({ summary: 'The trail as a JSON file to keep' })
  async export(@CurrentActor() actor: Actor, @IdParam() id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const trail = await this.trails.trail(actor, id);
    void reply.header('content-disposition', `attachment; filename="trail-${id}.json"`);
    return trail;
  }

  @Get('verify')
  @ApiOperation({ summary: 'Recompute the hash chain; names the first altered entry' })
  verify(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.trails.verify(actor, id);
  }

  @Get('certificate')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: '审签留痕证明: a readable certificate of the trail, in Chinese (HTML, printable)' })
  certificate(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<string> {
    return this.trails.certificate(actor, id);
  }
}
