using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// The verdict for every n agrees with the concrete instances, expanded by hand
/// (<see cref="GeneralTerm.At"/>) and decided by the concrete engine: a claim proved for every n has
/// no refuted instance; a claim refuted at n has that instance refuted; a claim with a refuted
/// instance at n ≤ <see cref="Largest"/> is never proved and never left unknown (the search covers
/// n ≤ <see cref="GeneralDecider.SearchUpTo"/>).
/// </summary>
public class GeneralVersusInstancesProperties
{
    private const int Largest = 4;

    public static Arbitrary<GeneralIdentity> Claims() => GeneralClaims.Any().ToArbitrary();

    [Property(Arbitrary = [typeof(GeneralVersusInstancesProperties)], MaxTest = 150, Replay = "(20261206,151)")]
    public Property TheGeneralVerdictAgreesWithTheInstances(GeneralIdentity identity)
    {
        var claim = Assert.IsType<GeneralClaim>(ClaimParser.Parse(identity.Text).GetValueOrThrow());
        var decision = GeneralDecider.Decide(claim);
        var refutedInstance = Enumerable.Range(GeneralIdentity.MinimumSize, Largest - GeneralIdentity.MinimumSize + 1)
            .SelectMany(n => identity.InstancesAt(n).Select(instance => (n, instance.Indices, instance.Text)))
            .FirstOrDefault(instance => Concrete(instance.Text) is Refuted);

        var counterexampleHolds = decision.Counterexample is not { } counterexample || decision.Verdict is not Refuted
            || Concrete(identity.InstancesAt(counterexample.Size).Single(i => i.Indices.All(kv => counterexample.Indices[kv.Key] == kv.Value)).Text) is Refuted;
        var instanceSummary = refutedInstance.Text is null ? "no instance refuted" : $"refuted at n = {refutedInstance.n}: {refutedInstance.Text}";
        return (decision.Verdict is not Proved || refutedInstance.Text is null).Label($"proved, yet {instanceSummary}")
            .And(counterexampleHolds.Label("the counterexample's instance, expanded by hand, is not refuted"))
            .And((refutedInstance.Text is null || decision.Verdict is Refuted).Label($"{instanceSummary}, yet the general verdict is {decision.Verdict}"))
            .Classify(decision.Verdict is Proved, "proved")
            .Classify(decision.Verdict is Refuted, "refuted")
            .Classify(decision.Verdict is Unknown, "unknown");
    }

    [Fact]
    public void EveryTrueIdentityOfTheGeneratorIsProvedForEveryN()
    {
        foreach (var identity in GeneralClaims.TrueIdentities)
        {
            var claim = Assert.IsType<GeneralClaim>(ClaimParser.Parse(identity.Text).GetValueOrThrow());
            Assert.True(GeneralDecider.Decide(claim).Verdict is Proved, identity.Text);
        }
    }

    private static Verdict Concrete(string text) =>
        IdentityDecider.Decide(Assert.IsType<IdentityClaim>(ClaimParser.Parse(text).GetValueOrThrow()));
}
