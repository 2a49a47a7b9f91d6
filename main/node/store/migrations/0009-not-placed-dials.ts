// Migration 9: dials that never reached the network (outcome 'notPlaced': no line, server unreachable,
// the modem refused ATD) are counted apart in the hourly summary. They are not calls for the board:
// not in calls, outbound, inbound or the connect rate, only in their own o_notPlaced column; an hour
// whose only dials were not placed keeps its row. The summary is rebuilt from call_log with the new
// rule (a row written with that outcome before would have been counted as a call).
export const sql = `
  ALTER TABLE call_stats_hourly ADD COLUMN o_notPlaced INTEGER NOT NULL DEFAULT 0;
  DROP TRIGGER call_stats_change_apply;
  CREATE TRIGGER call_stats_change_apply INSTEAD OF INSERT ON call_stats_change
  WHEN typeof(NEW.started_at) IN ('integer', 'real')
  BEGIN
    INSERT INTO call_stats_hourly (
      hour, in_campaign, campaign_key, calls, outbound, connected, inbound, talk_ms, talked,
      o_answered, o_noAnswer, o_busy, o_failed, o_rejected, o_voicemail, o_invalidNumber, o_unreachable, o_cancelled,
      o_none, o_notPlaced
    ) VALUES (
      CAST(floor(NEW.started_at / 3600000.0) AS INTEGER), NEW.campaign_id IS NOT NULL, coalesce(NEW.campaign_id, ''),
      NEW.sign * (NEW.outcome IS NOT 'notPlaced'),
      NEW.sign * (NEW.direction = 'outbound' AND NEW.outcome IS NOT 'notPlaced'),
      NEW.sign * (NEW.direction = 'outbound' AND NEW.outcome IS 'answered'),
      NEW.sign * (NEW.direction = 'inbound' AND NEW.outcome IS NOT 'notPlaced'),
      NEW.sign * (CASE WHEN NEW.outcome IS NOT 'notPlaced' AND NEW.ended_at >= NEW.answered_at THEN NEW.ended_at - NEW.answered_at ELSE 0 END),
      NEW.sign * (CASE WHEN NEW.outcome IS NOT 'notPlaced' AND NEW.ended_at >= NEW.answered_at THEN 1 ELSE 0 END),
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
        ('answered', 'noAnswer', 'busy', 'failed', 'rejected', 'voicemail', 'invalidNumber', 'unreachable', 'cancelled', 'notPlaced')),
      NEW.sign * (NEW.outcome IS 'notPlaced')
    ) ON CONFLICT DO UPDATE SET
      calls = calls + excluded.calls, outbound = outbound + excluded.outbound, connected = connected + excluded.connected,
      inbound = inbound + excluded.inbound, talk_ms = talk_ms + excluded.talk_ms, talked = talked + excluded.talked,
      o_answered = o_answered + excluded.o_answered, o_noAnswer = o_noAnswer + excluded.o_noAnswer,
      o_busy = o_busy + excluded.o_busy, o_failed = o_failed + excluded.o_failed, o_rejected = o_rejected + excluded.o_rejected,
      o_voicemail = o_voicemail + excluded.o_voicemail, o_invalidNumber = o_invalidNumber + excluded.o_invalidNumber,
      o_unreachable = o_unreachable + excluded.o_unreachable, o_cancelled = o_cancelled + excluded.o_cancelled,
      o_none = o_none + excluded.o_none, o_notPlaced = o_notPlaced + excluded.o_notPlaced;
    -- an hour whose last dial was deleted or moved away leaves no row behind
    DELETE FROM call_stats_hourly
    WHERE NEW.sign < 0 AND calls = 0 AND o_notPlaced = 0 AND hour = CAST(floor(NEW.started_at / 3600000.0) AS INTEGER)
      AND in_campaign = (NEW.campaign_id IS NOT NULL) AND campaign_key = coalesce(NEW.campaign_id, '');
  END;
  DELETE FROM call_stats_hourly;
  INSERT INTO call_stats_change SELECT 1, started_at, direction, answered_at, ended_at, outcome, campaign_id FROM call_log;
`;
