-- The rank a plan document stated ("đứng thứ 11/18 … tăng 3 bậc"), kept beside what ParIndex computes.
alter table assessment add column stated_rank integer;
alter table assessment add column stated_rank_of integer;
alter table assessment add column stated_rank_change integer;
