using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>A family's outcome: refuted if any instance is, else unknown if any is not proved, else proved.</summary>
public class FamilyOutcomeTests
{
    /// <summary>∂s_i/∂z_i = s_i·(1 − s_i) for both i: every instance proved.</summary>
    private const string TrueFamily = "for i in 0..1: diff(softmax([x[0..1]], i), x[i]) == softmax([x[0..1]], i) * (1 - softmax([x[0..1]], i))";

    [Fact]
    public void AFamilyOfTrueInstancesIsProved()
    {
        var result = Assert.IsType<FamilyExplained>(Explainer.Explain(TrueFamily));

        Assert.Equal(2, result.Instances.Length);
        Assert.All(result.Instances, static i => Assert.IsType<Proved>(i.Explained.Verdict));
        Assert.Equal(Outcome.Proved, result.Outcome);
    }

    /// <summary>δ(i, 0) = 1 holds for i = 0 and is 0 = 1 for i = 1: one refuted instance refutes the family.</summary>
    [Fact]
    public void OneRefutedInstanceRefutesTheFamily()
    {
        var result = Assert.IsType<FamilyExplained>(Explainer.Explain("for i in 0..1: delta(i, 0) == 1"));

        Assert.Equal(Outcome.Proved, result.Instances[0].Explained.Outcome);
        Assert.Equal(Outcome.Refuted, result.Instances[1].Explained.Outcome);
        Assert.Equal(Outcome.Refuted, result.Outcome);
    }

    /// <summary>An instance the engine could not decide (made here by replacing one verdict) leaves the family unknown.</summary>
    [Fact]
    public void AnUndecidedInstanceWithoutARefutedOneLeavesTheFamilyUnknown()
    {
        var proved = Assert.IsType<FamilyExplained>(Explainer.Explain(TrueFamily));
        var undecided = proved.Instances[1] with { Explained = proved.Instances[1].Explained with { Verdict = new Unknown("beyond the limits") } };
        var result = proved with { Instances = [proved.Instances[0], undecided] };

        Assert.Equal(Outcome.Unknown, result.Outcome);
    }
}
