import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { DOCUMENT_TYPES, type DocumentType } from '../../../../libs/domain/src/signoff/disclosure-attribute';
import { DocumentRepealEntity } from '../../../../libs/persistence/src/entities/document-repeal.entity';
import { writeInOpenYear } from '../annual-reports/year-lock';
import type { Actor } from '../common/actor';
import { AppError, notFound } from '../common/app-error';
import type { RepealDto, RepealedDocumentDto } from './dto/proactive-figures.dto';

/** Only these are counted issued and repealed in section 二 (art. 20 item 1). */
const REPEALABLE = ['regulation', 'normative_document'];

@Injectable()
export class DocumentRepealService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records who repealed a signed regulation or normative document, when and by what. */
  async repeal(actor: Actor, id: string, dto: RepealDto): Promise<RepealedDocumentDto> {
    const documents = this.dataSource.getRepository(DocumentRepealEntity);
    const doc = await documents.findOne({ where: { id } });
    if (!doc) throw notFound('公文', id);
    if (!REPEALABLE.includes(doc.documentType)) {
      throw new AppError('NOT_REPEALABLE', `${DOCUMENT_TYPES[doc.documentType as DocumentType] ?? doc.documentType}不计入制发和废止件数；只有规章和行政规范性文件才计入`);
    }
    if (!doc.signedAt) throw new AppError('NOT_REPEALABLE', '该公文尚未印发：审签还没有结束');
    if (doc.repealedOn) throw new AppError('NOT_REPEALABLE', `该公文已于 ${doc.repealedOn} 废止`);
    const issuedOn = shanghaiDate(doc.signedAt);
    const refuse = (reason: string) => new AppError('REPEAL_DATE', `repealedOn：${reason}`, [{ field: 'repealedOn', reason }]);
    if (dto.repealedOn > shanghaiDate(new Date())) throw refuse(`${dto.repealedOn} 晚于今天`);
    if (dto.repealedOn < issuedOn) throw refuse(`${dto.repealedOn} 早于公文印发日期（${issuedOn}）`);
    // Section 二 counts the repeal in its year, and the documents in force at the end of that year and every later one.
    // Only one repeal wins when two arrive at once.
    const result = await writeInOpenYear(this.dataSource, { year: Number(dto.repealedOn.slice(0, 4)), change: '登记该年废止的文件', andLater: true, unitId: doc.unitId }, (manager) =>
      manager
        .getRepository(DocumentRepealEntity)
        .update({ id, repealedOn: IsNull() }, { repealedOn: dto.repealedOn, repealedBy: actor.personId, repealNote: dto.note?.trim() || null, repealRecordedAt: new Date() }),
    );
    if (result.affected !== 1) throw new AppError('NOT_REPEALABLE', '该公文已经废止');
    const repealed = await documents.findOneOrFail({ where: { id } });
    return {
      id,
      title: repealed.title,
      documentType: repealed.documentType,
      unitId: repealed.unitId,
      issuedOn,
      repealedOn: repealed.repealedOn!,
      repealedBy: repealed.repealedBy!,
      repealNote: repealed.repealNote,
    };
  }
}
