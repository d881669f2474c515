export type { DataFrame, FrameCell, FrameRow, ColumnLevels } from './data-frame.js';
export { applyPostProcessing, type PostProcessingStep } from './apply-post-processing.js';
export { OPERATIONS, UNAVAILABLE_OPERATIONS } from './operations.js';
export { joinTimeOffsets, type JoinTimeOffsetsOptions } from './join-time-offsets.js';
export { parseTimeOffset, shiftDate, type TimeOffset } from './time-offset.js';
