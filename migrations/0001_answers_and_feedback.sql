-- Readers' feedback on answers, and the answers it can be about.
--
-- `answers` keeps what feedback needs to name its answer (the question, how it was answered,
-- the passages it cited), written after each answer is served; `feedback` copies those fields
-- so an entry stays readable on its own.

CREATE TABLE answers (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('extractive', 'model')),
  coverage TEXT NOT NULL,
  -- A JSON array of passage ids, in the order the answer first cites them.
  passage_ids TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  answer_id TEXT NOT NULL REFERENCES answers (id),
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  comment TEXT,
  question TEXT NOT NULL,
  mode TEXT NOT NULL,
  passage_ids TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX feedback_by_time ON feedback (created_at);
