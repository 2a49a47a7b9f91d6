// Migration 8: the stats board's hourly summary: per UTC hour and campaign, the sums the board shows (the
// measures of common/stats addCall). Triggers keep it exact in the same transaction as every insert,
// outcome correction and retention delete of call_log; a board reads whole hours here and only
// partial hours from call_log (main/node/stats/hourly-summary.ts). Every change goes through the
// call_stats_change view, so the per-call sums are written once. A new call outcome needs a
// migration that adds its column and rebuilds the table (a unit test compares the columns).
export const sql = `
  CREATE TABLE call_stats_hourly (
    hour INTEGER NOT NULL, -- floor(started_at / 3600000): hours since 1970 in UTC
    in_campaign INTEGER NOT NULL, -- 0 for calls outside any campaign (campaign_id IS NULL)
    campaign_key TEXT NOT NULL, -- the campaign_id; '' when in_campaign = 0
    calls INTEGER NOT NULL,
    outbound INTEGER NOT NULL,
    connected INTEGER NOT NULL,
    inbound INTEGER NOT NULL,
    talk_ms INTEGER NOT NULL,
    talked INTEGER NOT NULL,
    o_answered INTEGER NOT NULL,
    o_noAnswer INTEGER NOT NULL,
    o_busy INTEGER NOT NULL,
    o_failed INTEGER NOT NULL,
    o_rejected INTEGER NOT NULL,
    o_voicemail INTEGER NOT NULL,
    o_invalidNumber INTEGER NOT NULL,
    o_unreachable INTEGER NOT NULL,
    o_cancelled INTEGER NOT NULL,
    o_none INTEGER NOT NULL, -- no outcome, or one this list does not know
    PRIMARY KEY (hour, in_campaign, campaign_key)
  ) WITHOUT ROWID;
  -- inserting (sign, call) here adds (sign = 1) or removes (sign = -1) one call's share; it stores nothing itself
  CREATE VIEW call_stats_change(sign, started_at, direction, answered_at, ended_at, outcome, campaign_id) AS
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;
  -- the board's ranges compare started_at as a number: rows holding text there were never counted
  CREATE TRIGGER call_stats_change_apply INSTEAD OF INSERT ON call_stats_change
  WHEN typeof(NEW.started_at) IN ('integer', 'real')
  BEGIN
    INSERT INTO call_stats_hourly VALUES (
      CAST(floor(NEW.started_at / 3600000.0) AS INTEGER), NEW.campaign_id IS NOT NULL, coalesce(NEW.campaign_id, ''),
      NEW.sign,
      NEW.sign * (NEW.direction = 'outbound'),
      NEW.sign * (NEW.direction = 'outbound' AND NEW.outcome IS 'answered'),
      NEW.sign * (NEW.direction = 'inbound'),
      NEW.sign * (CASE WHEN NEW.ended_at >= NEW.answered_at THEN NEW.ended_at - NEW.answered_at ELSE 0 END),
      NEW.sign * (CASE WHEN NEW.ended_at >= NEW.answered_at THEN 1 ELSE 0 END),
      NEW.sign * (NEW.outcome IS 'answered'),
      NEW.sign * (NEW.outcome IS 'noAnswer'),
      NEW.sign * (NEW.outcome IS 'busy'),
      NEW.sign * (NEW.outcome IS 'failed'),
      NEW.sign * (NEW.outcome IS 'rejected'),
      NEW.sign * (NEW.outcome IS 'voicemail'),
      NEW.sign * (NEW.outcome IS 'invalidNumber'),
      NEW.sign * (NEW.outcome IS 'unreachable'),
      NEW.sign * (NEW.outcome IS 'cancelled'),
      NEW.sign * (NEW.outcome IS NULL OR NEW.outcome NOT IN
        ('answered', 'noAnswer', 'busy', 'failed', 'rejected', 'voicemail', 'invalidNumber', 'unreachable', 'cancelled'))
    ) ON CONFLICT DO UPDATE SET
      calls = calls + excluded.calls, outbound = outbound + excluded.outbound, connected = connected + excluded.connected,
      inbound = inbound + excluded.inbound, talk_ms = talk_ms + excluded.talk_ms, talked = talked + excluded.talked,
      o_answered = o_answered + excluded.o_answered, o_noAnswer = o_noAnswer + excluded.o_noAnswer,
      o_busy = o_busy + excluded.o_busy, o_failed = o_failed + excluded.o_failed, o_rejected = o_rejected + excluded.o_rejected,
      o_voicemail = o_voicemail + excluded.o_voicemail, o_invalidNumber = o_invalidNumber + excluded.o_invalidNumber,
      o_unreachable = o_unreachable + excluded.o_unreachable, o_cancelled = o_cancelled + excluded.o_cancelled,
      o_none = o_none + excluded.o_none;
    -- an hour whose last call was deleted or moved away leaves no row behind
    DELETE FROM call_stats_hourly
    WHERE NEW.sign < 0 AND calls = 0 AND hour = CAST(floor(NEW.started_at / 3600000.0) AS INTEGER)
      AND in_campaign = (NEW.campaign_id IS NOT NULL) AND campaign_key = coalesce(NEW.campaign_id, '');
  END;
  CREATE TRIGGER call_stats_insert AFTER INSERT ON call_log BEGIN
    INSERT INTO call_stats_change VALUES (1, NEW.started_at, NEW.direction, NEW.answered_at, NEW.ended_at, NEW.outcome, NEW.campaign_id);
  END;
  CREATE TRIGGER call_stats_delete AFTER DELETE ON call_log BEGIN
    INSERT INTO call_stats_change VALUES (-1, OLD.started_at, OLD.direction, OLD.answered_at, OLD.ended_at, OLD.outcome, OLD.campaign_id);
  END;
  -- the new share first: a correction that stays in its hour never empties the row in between
  CREATE TRIGGER call_stats_update AFTER UPDATE OF started_at, direction, answered_at, ended_at, outcome, campaign_id ON call_log BEGIN
    INSERT INTO call_stats_change VALUES (1, NEW.started_at, NEW.direction, NEW.answered_at, NEW.ended_at, NEW.outcome, NEW.campaign_id);
    INSERT INTO call_stats_change VALUES (-1, OLD.started_at, OLD.direction, OLD.answered_at, OLD.ended_at, OLD.outcome, OLD.campaign_id);
  END;
  INSERT INTO call_stats_change SELECT 1, started_at, direction, answered_at, ended_at, outcome, campaign_id FROM call_log;
  `;
