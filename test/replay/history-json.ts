import * as proto from '@temporalio/proto';
import { patchProtobufRoot } from '@temporalio/proto/lib/patch-protobuf-root';
import * as path from 'node:path';

/*
 * The History type and the proto-JSON reader must come from one protobufjs copy. @temporalio/common's
 * historyFromJSON loads its own copy and refuses @temporalio/proto's type ("type must be a Type"),
 * so the reader is taken from the copy @temporalio/proto itself resolves.
 */
const protoDir = path.dirname(require.resolve('@temporalio/proto/package.json'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fromJson } = require(require.resolve('protobufjs/ext/protojson', { paths: [protoDir] })) as {
  fromJson(type: unknown, json: unknown, options: { ignoreUnknownFields: boolean }): proto.temporal.api.history.v1.History | null;
};
const historyType = (patchProtobufRoot(proto) as unknown as { lookupType(name: string): unknown }).lookupType('temporal.api.history.v1.History');

/** A history as `temporal workflow show --output json` prints it. */
export function historyFromCliJson(json: unknown): proto.temporal.api.history.v1.History {
  const history = fromJson(historyType, json, { ignoreUnknownFields: true });
  if (!history) throw new TypeError('not a workflow history');
  return history;
}
