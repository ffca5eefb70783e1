-- Last year's published rank of the unit or of its predecessor (through lineage), frozen at
-- publication with the rank: the decision's "tăng 3 bậc" does not move when lineage changes later.
alter table round_unit add column previous_rank integer;
