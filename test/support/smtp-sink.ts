// The sink lives beside the mail code so that `npm run cluster` runs the same one as the tests.
export * from '../../libs/mail/src/smtp-sink';
