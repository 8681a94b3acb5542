-- A paired screen lasts only while whoever paired it may still run the meeting: an active admin, or
-- an active consultant assigned to the active customer. Pairings made before this have no one to
-- follow and end. The address a code was shown to limits how many codes one address may ask for.
ALTER TABLE screen_pairing ADD COLUMN paired_by_id BIGINT;
ALTER TABLE screen_pairing ADD CONSTRAINT fk_screen_pairing_paired_by FOREIGN KEY (paired_by_id) REFERENCES user_account (id);
ALTER TABLE screen_pairing ADD COLUMN address VARCHAR(45);
CREATE INDEX ix_screen_pairing_address ON screen_pairing (address, created_at);
