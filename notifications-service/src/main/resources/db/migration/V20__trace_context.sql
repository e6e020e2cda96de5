-- The W3C trace context (traceparent) a fan-out chunk and a delivery were written under (ADR 0094): the worker that
-- notifies the chunk or sends the e-mail later starts its span as a child of it, in the trace of the event that
-- caused them. NULL when tracing was off or for rows written before.
ALTER TABLE fanout_chunk ADD COLUMN traceparent VARCHAR(55) NULL;
ALTER TABLE delivery ADD COLUMN traceparent VARCHAR(55) NULL;
