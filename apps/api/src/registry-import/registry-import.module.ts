import { Module } from '@nestjs/common';
import { RegistryImportController } from './registry-import.controller';
import { RegistryImportService } from './registry-import.service';

@Module({ controllers: [RegistryImportController], providers: [RegistryImportService] })
export class RegistryImportModule {}
