/** What a promise rejected with (openid-client's ResponseBodyError carries `error`, `status`, `cause`); fails if it resolved. */
export async function refusal(promise: Promise<unknown>): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a refusal, got an answer');
}
