using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests;

/// <summary>
/// How a family's instance verdicts make one answer: refuted beats unknown beats proved, the proof's work is the
/// sum over the instances, and the culprit is the instance the answer is about. Survivors of the mutation slice
/// over CheckResult.cs: a family with an unknown instance summarised as proved would be a false proof.
/// </summary>
public class FamilyCheckedTests
{
    private static readonly Symbol X = new("x");

    private static readonly Refuted Refutation = new(new Witness(
        ImmutableSortedDictionary<string, Fraction>.Empty.Add("x", Fraction.One), "1", "2", 1,
        Enclosure.Exact(HighPrecisionReal.FromInteger(1, 64)), Enclosure.Exact(HighPrecisionReal.FromInteger(2, 64)), 64));

    private static FamilyChecked Family(params Verdict[] verdicts)
    {
        var instances = verdicts.Select((_, i) => new ClaimInstance(
            ImmutableSortedDictionary<string, int>.Empty.Add("i", i), new IdentityClaim(X, X))).ToArray();
        return new FamilyChecked(new ClaimFamily(instances), [.. verdicts]);
    }

    [Fact]
    public void EveryInstanceProvedIsAProofWhoseWorkIsTheSum()
    {
        var family = Family(new Proved("formal zero", 3), new Proved("formal zero", 5));

        var summary = Assert.IsType<Proved>(family.Summary);
        Assert.Equal(8, summary.Work);
        Assert.Contains("every one of the 2 instances is proved", summary.Method, StringComparison.Ordinal);
        Assert.Null(family.CulpritPosition);
        Assert.Null(family.Culprit);
    }

    [Fact]
    public void AnUnknownInstanceMakesTheFamilyUnknownAndIsItsCulprit()
    {
        var unknown = new Unknown("outside the fragment");
        var family = Family(new Proved("formal zero", 1), unknown, new Proved("formal zero", 1));

        Assert.Same(unknown, family.Summary);
        Assert.Equal(1, family.CulpritPosition);
        Assert.Equal(1, family.Culprit!.Indices["i"]);
    }

    [Fact]
    public void ARefutedInstanceOutranksAnEarlierUnknownOne()
    {
        var family = Family(new Unknown("outside the fragment"), new Proved("formal zero", 1), Refutation);

        Assert.Same(Refutation, family.Summary);
        Assert.Equal(2, family.CulpritPosition);
    }

    [Fact]
    public void TheFirstInstanceCanBeTheCulprit()
    {
        Assert.Equal(0, Family(Refutation, new Proved("formal zero", 1)).CulpritPosition);
    }
}
