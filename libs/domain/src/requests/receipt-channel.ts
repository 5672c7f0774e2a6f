/**
 * Art. 31: how a request arrived decides which day is its receipt date. The clerk enters that
 * date; the channel is kept so anyone checking the clock can see which rule gave it.
 */
export const RECEIPT_CHANNELS = ['in_person', 'registered_post', 'ordinary_letter', 'online', 'fax'] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];

export const RECEIPT_CHANNEL_RULES: Record<ReceiptChannel, { label: string; receiptDay: string }> = {
  in_person: { label: '当面提交', receiptDay: '以提交之日为收到申请之日' },
  registered_post: { label: '邮寄（需签收）', receiptDay: '以行政机关签收之日为收到申请之日' },
  ordinary_letter: { label: '平常信函', receiptDay: '以行政机关与申请人确认之日为收到申请之日' },
  online: { label: '互联网渠道', receiptDay: '以双方确认之日为收到申请之日' },
  fax: { label: '传真', receiptDay: '以双方确认之日为收到申请之日' },
};
