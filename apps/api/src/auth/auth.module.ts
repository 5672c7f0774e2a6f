import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

@Module({})
export class AuthModule {
  static register(jwtSecret: string): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({
          // A KeyObject, not a string: given a string, jsonwebtoken first tries to parse it as a
          // PEM public key on every verify, and that failed parse was a tenth of a request's CPU.
          secret: createSecretKey(Buffer.from(jwtSecret)),
          signOptions: { algorithm: 'HS256', issuer: 'disclosure-engine' },
          verifyOptions: { algorithms: ['HS256'], issuer: 'disclosure-engine' },
        }),
      ],
      controllers: [AuthController],
      providers: [AuthService, { provide: APP_GUARD, useClass: AccessGuard }],
      exports: [AuthService],
    };
  }
}
