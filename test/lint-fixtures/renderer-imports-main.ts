// The renderer taking the API client straight from main.
import { createOrdersClient } from '../main/api/client';

export const client = createOrdersClient;
