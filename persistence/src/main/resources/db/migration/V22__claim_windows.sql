-- Each funding period gets an explicit claim window (issue 10): stored so a program admin can set
-- a vendor's published dates; existing periods take the rule they followed so far (opens when the
-- usage period starts, closes the program's claim deadline days after it ends). A deactivated
-- period is not offered for new plans. Claims keep the window's opening day next to their deadline.
ALTER TABLE funding_period ADD COLUMN claim_opens DATE;
ALTER TABLE funding_period ADD COLUMN claim_closes DATE;
ALTER TABLE funding_period ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

UPDATE funding_period SET claim_opens = usage_start,
    claim_closes = usage_end + (SELECT p.claim_deadline_days FROM program p WHERE p.id = funding_period.program_id) * INTERVAL '1' DAY;

ALTER TABLE funding_period ALTER COLUMN claim_opens SET NOT NULL;
ALTER TABLE funding_period ALTER COLUMN claim_closes SET NOT NULL;
ALTER TABLE funding_period ADD CONSTRAINT funding_period_claim_window_ck
    CHECK (claim_opens <= claim_closes AND claim_opens >= usage_start AND claim_closes >= usage_end);

ALTER TABLE claim ADD COLUMN claim_opens DATE;
UPDATE claim SET claim_opens = (SELECT f.claim_opens FROM funding_period f WHERE f.id = claim.funding_period_id);
