using Verification.Cli.Audit;
using Verification.Laws.Results;

namespace Verification.Cli.Tests.Audit;

public sealed class CounterexampleTextTests
{
    private static readonly Observation Input = new("x", [1000, 0]);

    [Fact]
    public void AFiniteErrorIsComparedWithItsTolerance()
    {
        var counterexample = new Counterexample([Input], [new Observation("Σ", [1.5])], 0.5, 0.25, "row 0");

        Assert.Equal("measured 0.5 > allowed 0.25 at row 0", counterexample.Headline);
    }

    [Fact]
    public void ANaNErrorNamesTheFirstNaNOutputEntryInsteadOfComparingNaNs()
    {
        var counterexample = new Counterexample([Input], [new Observation("softmax(x)", [0, double.NaN]), new Observation("Σ", [double.NaN])], double.NaN, double.NaN, "Σᵢ softmax(x)ᵢ");

        Assert.Equal("the output softmax(x)[1] is NaN at Σᵢ softmax(x)ᵢ", counterexample.Headline);
    }

    [Fact]
    public void AnInfiniteScalarOutputIsNamedWithItsSignAndNoIndex()
    {
        var counterexample = new Counterexample([Input], [new Observation("LSE(x)", [double.NegativeInfinity])], double.PositiveInfinity, 1e-15, "LSE(x)");

        Assert.Equal("the output LSE(x) is −∞ at LSE(x)", counterexample.Headline);
    }

    [Fact]
    public void AKernelThatThrewHasNoOutputToNameSoTheHeadlineSaysWhatHappened()
    {
        var counterexample = new Counterexample([Input], [], double.PositiveInfinity, 0, "kernel threw IndexOutOfRangeException: boom");

        Assert.Equal("no number was measured: kernel threw IndexOutOfRangeException: boom", counterexample.Headline);
    }

    [Fact]
    public void TheLinesAreTheHeadlineThenInputsThenOutputs()
    {
        var counterexample = new Counterexample([Input], [new Observation("y", [double.PositiveInfinity, 0])], double.NaN, 1, "entry 0");

        Assert.Equal(["the output y[0] is ∞ at entry 0", "x = [1000, 0]", "y = [Infinity, 0]"], CounterexampleText.Lines(counterexample));
    }
}
