package vn.parindex.plan;

/** The seed-like plan for tests in other packages. */
public final class PlanSeed {

  private PlanSeed() {}

  public static Plan plan() {
    return SeedFixture.plan();
  }
}
