import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiContext } from '../api-context';
import { AllowedBeforePasswordChange, OpenToReaders, Public } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { AuthService } from './auth.service';
import { ActorDto } from './dto/actor.dto';
import { ApiTokenDto, CreateApiTokenDto, CreatedApiTokenDto } from './dto/api-token.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, LoginResultDto } from './dto/login.dto';
import { clearSessionCookies, credentialOf, setSessionCookies } from './session-cookie';
import { Audited } from '../audit-log/audited';

@ApiTags('auth')
@OpenToReaders()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly context: ApiContext,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in with email and password; rate limited per address and email',
    description: 'Answers the bearer token for integrations and also sets the console\'s session: an httpOnly cookie and a readable CSRF cookie to echo in x-csrf-token.',
  })
  @ApiOkResponse({ type: LoginResultDto })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResultDto> {
    const result = await this.auth.login(dto.email, dto.password, request.ip);
    setSessionCookies(reply, result.accessToken, result.expiresIn, this.context.config.auth.secureCookies);
    return result;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the console session: clears its cookies (a bearer token simply expires)' })
  logout(@Res({ passthrough: true }) reply: FastifyReply): void {
    clearSessionCookies(reply, this.context.config.auth.secureCookies);
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the server takes you to be: roles and unit as recorded' })
  @ApiOkResponse({ type: ActorDto })
  me(@CurrentActor() actor: Actor): Actor {
    return actor;
  }

  @Post('password')
  @HttpCode(204)
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change your own password (required after a one-time password)',
    description: 'Ends every session of the person, this one included. A console session (the cookie) gets fresh session cookies so the console carries on; a bearer token logs in again.',
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const session = await this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
    if (credentialOf(request).viaCookie) setSessionCookies(reply, session.accessToken, session.expiresIn, this.context.config.auth.secureCookies);
  }

  @Post('tokens')
  @Audited('api_token')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create an API token for an integration; it acts with your roles and unit' })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  createToken(@CurrentActor() actor: Actor, @Body() dto: CreateApiTokenDto): Promise<CreatedApiTokenDto> {
    return this.auth.createApiToken(actor, dto.name, dto.expiresInDays);
  }

  @Get('tokens')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ApiTokenDto, isArray: true })
  listTokens(@CurrentActor() actor: Actor): Promise<ApiTokenDto[]> {
    return this.auth.listApiTokens(actor);
  }

  @Delete('tokens/:id')
  @Audited('api_token', 'id')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke one of your API tokens' })
  async revokeToken(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    await this.auth.revokeApiToken(actor, id);
  }
}
