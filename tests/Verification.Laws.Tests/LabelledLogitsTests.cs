using FsCheck;
using FsCheck.Fluent;
using Verification.Laws.Generators;

namespace Verification.Laws.Tests;

/// <summary>Each labelled logit vector has the hazard its label promises (checked on a fixed-seed sample).</summary>
public class LabelledLogitsTests
{
    private const int Samples = 600;

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void EveryKindAppearsAndEachVectorHasItsKindsShape(int n)
    {
        var cases = Sample(LabelledLogits.OfSize(n));

        Assert.Equal(Enum.GetValues<LogitKind>().Length, cases.Select(static c => c.Kind).Distinct().Count());
        Assert.All(cases, input =>
        {
            Assert.Equal(n, input.N);
            Assert.All(input.Z, static z => Assert.True(double.IsFinite(z)));
            switch (input.Kind)
            {
                case LogitKind.Ordinary:
                    Assert.All(input.Z, static z => Assert.InRange(z, -10, 10));
                    break;
                case LogitKind.Wide:
                    Assert.All(input.Z, static z => Assert.InRange(z, -700, 700));
                    break;
                case LogitKind.LargeOffset:
                    Assert.All(input.Z, static z => Assert.InRange(Math.Abs(z), 1e4 - 10, 1e6 + 10));
                    break;
                case LogitKind.Ties:
                    Assert.All(input.Z, z => Assert.Equal(input.Z[0], z));
                    break;
                case LogitKind.Dominant:
                    var sorted = input.Z.Order().ToArray();
                    Assert.True(n == 1 || sorted[^1] - sorted[^2] >= 40 - 20, $"no dominant entry in {input}");
                    break;
                default:
                    throw new InvalidOperationException($"unexpected kind {input.Kind}");
            }
        });
        Assert.All(cases.Where(static c => c.AllowsFiniteDifferences), static c => Assert.Equal(LogitKind.Ordinary, c.Kind));
    }

    [Fact]
    public void ValuesLieOnTheExactPrintableGrid()
    {
        // low + (high − low)·k/10⁶ with low = −10, high = 10: every value is a multiple of 2·10⁻⁵ up to rounding.
        Assert.All(Sample(LabelledLogits.Ordinary), static z => Assert.Equal(0, Math.Round(z / 2e-5) - (z / 2e-5), 6));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void TargetsAreProbabilityVectors(int n) =>
        Assert.All(Sample(LabelledLogits.Target(n)), y =>
        {
            Assert.Equal(n, y.Length);
            Assert.All(y, static p => Assert.InRange(p, 0, 1));
            Assert.Equal(1, y.Sum(), 12);
        });

    [Fact]
    public void SizesBelowOneAreRejectedNamingTheArgument() =>
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => LabelledLogits.OfSize(0)).ParamName);

    private static T[] Sample<T>(Gen<T> generator) => generator.Sample(Samples, new Rnd(20261206), 30);
}
