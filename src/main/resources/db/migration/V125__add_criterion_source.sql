-- The live indicator a leaf's rate comes from (an indicator code of the one-stop dossiers, e.g.
-- ONLINE_PAYMENT); null when the rate is typed by hand.
alter table criterion add column source varchar(32);
