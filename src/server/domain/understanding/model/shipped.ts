// The model the engine ships with, decoded once at import from weights.generated.ts (written by
// scripts/train-understanding.mjs from the labelled sets beside the repository; the sets themselves are not
// shipped, only the hashed weights).
import { decodeModel, type UnderstandingModel } from './model.js';
import { modelFile } from './weights.generated.js';

export const shippedModel: UnderstandingModel | null = modelFile.slots === '' ? null : decodeModel(modelFile);
