using Verification.Laws.Controls;
using Verification.Laws.Results;

namespace Verification.Laws.Tests;

/// <summary>
/// A generated failure is shrunk to a smaller input that still fails, and carries a <see cref="CaseReplay"/> that
/// draws the same worst case again.
/// </summary>
public class ShrinkAndReplayTests
{
    private static readonly LawSampling Sampling = new(Cases: 60, Seed: 3);

    private static ILaw RowsSumToOne => LawCatalog.All.Single(static law => law.Name == "softmax-rows-sum-to-one (double)");

    [Fact]
    public void AGeneratedFailureIsShrunkToAShorterRowThatStillFails()
    {
        var naive = NegativeControls.NaiveTextbookSoftmax.Implementation;

        var failure = Assert.IsType<LawFails>(RowsSumToOne.CheckGenerated(naive, Sampling));

        var smallest = Assert.IsType<Counterexample>(failure.Smallest);
        var worstRow = failure.Worst.Inputs[0].Values;
        var shrunkRow = smallest.Inputs[0].Values.ToArray();
        Assert.True(shrunkRow.Length < worstRow.Count, $"shrunk to {shrunkRow.Length} entries from {worstRow.Count}");
        var law = (Law<double[]>)RowsSumToOne;
        Assert.IsType<LawFails>(law.Check(naive, shrunkRow));
    }

    [Fact]
    public void TheReplayDrawsTheWorstCaseAgain()
    {
        var naive = NegativeControls.NaiveTextbookSoftmax.Implementation;
        var failure = Assert.IsType<LawFails>(RowsSumToOne.CheckGenerated(naive, Sampling));
        var replay = Assert.IsType<CaseReplay>(failure.Replay);

        var replayed = Assert.IsType<LawFails>(RowsSumToOne.Replay(naive, CaseReplay.Parse(replay.ToString())));

        Assert.Equal(failure.Worst.ToString(), replayed.Worst.ToString());
        Assert.Equal(failure.Smallest?.ToString(), replayed.Smallest?.ToString());
        Assert.Equal(1, replayed.CasesChecked);
        Assert.Contains($"replay: {replay}", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrectImplementationHoldsOnTheReplayedCase()
    {
        var failure = Assert.IsType<LawFails>(RowsSumToOne.CheckGenerated(NegativeControls.NaiveTextbookSoftmax.Implementation, Sampling));

        Assert.IsType<LawHolds>(RowsSumToOne.Replay(OurKernels.Implementation, failure.Replay!));
    }

    [Fact]
    public void ATokenForAnotherLawIsRefused()
    {
        var otherLaw = new CaseReplay("softmax-rows-sum-to-one", Precision.SinglePrecision, Sampling, 0);

        var refusal = Assert.Throws<ArgumentException>(() => RowsSumToOne.Replay(OurKernels.Implementation, otherLaw));
        Assert.Equal("replay", refusal.ParamName);
    }

    [Fact]
    public void InputsGivenByTheCallerHaveNoReplay()
    {
        var law = (Law<double[]>)RowsSumToOne;

        var failure = Assert.IsType<LawFails>(law.Check(NegativeControls.NaiveTextbookSoftmax.Implementation, [1000.0, 1001.0]));

        Assert.Null(failure.Replay);
        Assert.Null(failure.Smallest);
    }

    [Theory]
    [InlineData(Precision.SinglePrecision, 100, "tanh-is-odd:float:seed=5:cases=200:case=17")]
    [InlineData(Precision.SingleAgainstDouble, 100, "tanh-is-odd:float-vs-double:seed=5:cases=200:case=17")]
    [InlineData(Precision.DoublePrecision, 30, "tanh-is-odd:double:seed=5:cases=200:size=30:case=17")]
    public void TheTokenReadsBackToTheSameCase(Precision precision, int maximumSize, string token)
    {
        var replay = new CaseReplay("tanh-is-odd", precision, new LawSampling(200, 5, maximumSize), 17);

        Assert.Equal(token, replay.ToString());
        Assert.Equal(replay, CaseReplay.Parse(token));
    }

    [Theory]
    [InlineData("tanh-is-odd", "expected law-id")]
    [InlineData(":float:seed=1:cases=2:case=0", "the law id is empty")]
    [InlineData("tanh-is-odd:float:seed=1:cases=0:case=0", "cases must be at least 1")]
    [InlineData("tanh-is-odd:float:seed=1:cases=2:case=2", "case 2 is beyond the 2 cases drawn")]
    [InlineData("tanh-is-odd:float:sead=1:cases=2:case=0", "expected seed=<whole number> where it says 'sead=1'")]
    [InlineData("tanh-is-odd:float:seed=99999999999999999999:cases=2:case=0", "expected seed=<whole number>")]
    public void ABadTokenSaysWhichPartIsWrong(string token, string expected)
    {
        var refusal = Assert.Throws<FormatException>(() => CaseReplay.Parse(token));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }
}
