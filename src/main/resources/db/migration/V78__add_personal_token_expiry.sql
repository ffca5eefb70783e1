-- A personal token stops working at its expiry, chosen when it is made.
alter table personal_token add column expires_at timestamp;
