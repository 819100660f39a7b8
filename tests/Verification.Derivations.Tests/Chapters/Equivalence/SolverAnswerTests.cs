using Verification.Derivations.Checking;
using Verification.Derivations.Entries;
using Verification.Symbolic;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Derivations.Tests.Chapters.Equivalence;

/// <summary>
/// The answers the catalog leaves to the solver, compared with the answers worked out by hand. Each
/// expected value is compared by the engine (value == expected proved), not as text.
/// </summary>
public class SolverAnswerTests
{
    [Fact]
    public void SigmoidHeadIsTheDifferenceOfTheSoftmaxRows()
    {
        var family = SingleFamily(Answer("sigmoid-head-from-softmax-head"));
        AssertAssignments(family, ("w0", "v00 - v10"), ("w1", "v01 - v11"), ("b", "c0 - c1"));
        Assert.Empty(family.FreeUnknowns);
        Assert.Empty(family.Conditions);
    }

    [Fact]
    public void SoftmaxHeadsFormAFamilyWithAFreeRow()
    {
        var family = SingleFamily(Answer("softmax-heads-from-sigmoid-head"));
        AssertAssignments(family, ("v0", "w + v1"), ("c0", "b + c1"));
        Assert.Equal(["v1", "c1"], family.FreeUnknowns.Select(u => u.Name));

        // Seed 000's choice is the member u = 0: second row zero, first row the sigmoid head.
        var atZero = family with
        {
            Assignments = [.. family.Assignments.Select(a => a with { Value = Substitution.Apply(Substitution.Apply(a.Value, new Symbol("v1"), 0), new Symbol("c1"), 0) })],
        };
        AssertAssignments(atZero, ("v0", "w"), ("c0", "b"));
    }

    [Fact]
    public void SoftmaxEqualsSigmoidOfOwnLogitExactlyWhenTheOtherLogitIsZero()
    {
        var report = Assert.IsType<RefutationReport>(CatalogVerifier.Verify(Derivations.Catalog.Get("softmax-is-not-sigmoid-of-own-logit")));
        Assert.NotNull(report.Witness);
        AssertAssignments(SingleFamily(report.WhenItHolds!), ("x1", "0"));
    }

    [Theory]
    [InlineData("three-class-softmax-is-not-sigmoid-of-difference")]
    [InlineData("independent-sigmoids-do-not-sum-to-one")]
    public void ThreeClassRepairsHaveNoSolution(string id)
    {
        var report = Assert.IsType<RefutationReport>(CatalogVerifier.Verify(Derivations.Catalog.Get(id)));
        Assert.NotNull(report.Witness);
        Assert.IsType<NoEquivalence>(report.WhenItHolds);
    }

    [Fact]
    public void NoSigmoidHeadReproducesAThreeClassSoftmax() =>
        Assert.IsType<NoEquivalence>(Answer("no-sigmoid-head-for-three-classes"));

    [Fact]
    public void SigmoidHeadRateIsTwiceAndHiddenRateIsEqual()
    {
        var report = Assert.IsType<TrainingEquivalenceReport>(CatalogVerifier.Verify(Derivations.Catalog.Get("training-equivalence")));
        Assert.All(report.Gradients, gradient => Assert.True(Outcomes.IsProved(gradient)));
        var answers = report.RateAnswers.Select(answer => SingleFamily(Assert.IsType<EquivalenceChecked>(answer).Result)).ToList();
        AssertAssignments(answers[0], ("r", "2 * eta"));
        AssertAssignments(answers[1], ("r", "2 * eta"));
        AssertAssignments(answers[2], ("s", "eta"));
    }

    private static EquivalenceResult Answer(string id) =>
        Assert.IsType<EquivalenceReport>(CatalogVerifier.Verify(Derivations.Catalog.Get(id))).Answer;

    private static SolutionFamily SingleFamily(EquivalenceResult result) =>
        Assert.Single(Assert.IsType<EquivalenceSolutions>(result).Families);

    private static void AssertAssignments(SolutionFamily family, params (string Unknown, string Value)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Unknown), family.Assignments.Select(a => a.Unknown.Name));
        foreach (var (assignment, (_, value)) in family.Assignments.Zip(expected))
        {
            var claim = new IdentityClaim(assignment.Value, ClaimParser.ParseExpression(value).GetValueOrThrow());
            Assert.IsType<Proved>(IdentityDecider.Decide(claim));
        }
    }
}
