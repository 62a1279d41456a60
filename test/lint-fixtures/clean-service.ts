// A service inside its walls: shared types, zod, Node, another service.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { OrderStatus } from '../../shared/orders';
import { createOrdersClient } from '../api/client';

export const status = z.string() as unknown as z.ZodType<OrderStatus>;
export const pieces = [readFile, createOrdersClient];
