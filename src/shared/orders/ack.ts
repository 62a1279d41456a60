// The API's answer to a write, as the screen sees it: the API's message and its request_id.
export interface ApiAck {
  message: string;
  requestId: string | null;
}
