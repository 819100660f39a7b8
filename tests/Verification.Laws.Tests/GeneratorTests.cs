using FsCheck;
using FsCheck.Fluent;
using Verification.Laws.Generators;

namespace Verification.Laws.Tests;

/// <summary>Each generator family produces the hazard it promises (checked on a fixed-seed sample).</summary>
public class GeneratorTests
{
    private const int Samples = 300;

    [Fact]
    public void HugeRowsOverflowExpAndStayWithinTheFormat()
    {
        foreach (var row in Sample(LogitGenerators.Huge<float>()))
        {
            Assert.Contains(row, static value => Math.Abs(value) >= 100);
            Assert.All(row, static value => Assert.True(float.IsFinite(value) && Math.Abs(value) <= 3.1e38f));
        }

        var doubles = Sample(LogitGenerators.Huge<double>()).SelectMany(static row => row).ToArray();
        Assert.All(doubles, static value => Assert.True(Math.Abs(value) <= 1.0000001e300));
        Assert.Contains(doubles, static value => Math.Abs(value) >= 1e200);
    }

    [Fact]
    public void TinyRowsReachTheSubnormals()
    {
        var values = Sample(LogitGenerators.Tiny<double>()).SelectMany(static row => row).ToArray();

        Assert.All(values, static value => Assert.True(Math.Abs(value) <= 1e-30));
        Assert.Contains(values, static value => value != 0 && double.IsSubnormal(value));
        Assert.Contains(Sample(LogitGenerators.Tiny<float>()).SelectMany(static row => row), static value => value != 0 && float.IsSubnormal(value));
    }

    [Fact]
    public void AllEqualRowsAreConstantAndWidthOneRowsAreSingletons()
    {
        Assert.All(Sample(LogitGenerators.AllEqual<double>()), static row =>
        {
            Assert.True(row.Length >= 2);
            Assert.All(row, value => Assert.Equal(row[0], value));
        });
        Assert.All(Sample(LogitGenerators.WidthOne<float>()), static row => Assert.Single(row));
    }

    [Fact]
    public void WideRowsHaveAtLeastAThousandEntries()
    {
        Assert.All(Sample(LogitGenerators.Wide<double>(), count: 20), static row => Assert.InRange(row.Length, LogitGenerators.WideWidth, 2048));
    }

    [Fact]
    public void NegativeInfinityRowsKeepAFiniteEntry()
    {
        var rows = Sample(LogitGenerators.WithNegativeInfinity<double>());

        Assert.All(rows, static row => Assert.Contains(row, double.IsFinite));
        Assert.Contains(rows, static row => row.Contains(double.NegativeInfinity));
    }

    [Fact]
    public void BatchesAreRowMajorRowsByWidth()
    {
        Assert.All(Sample(LogitGenerators.Batches<float>()), static batch =>
        {
            Assert.Equal(batch.Rows * batch.Width, batch.Values.Length);
            Assert.Equal(batch.Rows, batch.EnumerateRows().Count());
        });
    }

    [Fact]
    public void AdversarialRowsAreSoftmaxInputsWithinTheWidthCap()
    {
        var rows = Sample(LogitGenerators.Adversarial<double>(maximumWidth: 64), count: 1000);

        Assert.All(rows, static row =>
        {
            Assert.InRange(row.Length, 1, 64);
            Assert.DoesNotContain(row, static value => double.IsNaN(value) || double.IsPositiveInfinity(value));
            Assert.Contains(row, double.IsFinite);
        });
        Assert.Contains(rows, static row => row.Length == 1);
        Assert.Contains(rows, static row => row.Contains(double.NegativeInfinity));
        Assert.Contains(rows, static row => row.Any(static value => Math.Abs(value) > 1e100));
        Assert.Contains(rows, static row => row.Any(static value => value != 0 && Math.Abs(value) < 1e-30));
    }

    [Fact]
    public void ElementwiseRowsAreFiniteAndReachTheBreakpointsOfTheTextbookFormulas()
    {
        var floats = Sample(ElementwiseGenerators.Adversarial<float>(), count: 1000).SelectMany(static row => row).ToArray();
        var doubles = Sample(ElementwiseGenerators.Adversarial<double>(), count: 1000).SelectMany(static row => row).ToArray();

        Assert.All(floats, static value => Assert.True(float.IsFinite(value)));
        Assert.All(doubles, static value => Assert.True(double.IsFinite(value)));
        Assert.Contains(floats, static value => value is > 88.72f and < 90f);
        Assert.Contains(floats, static value => value is < -103.28f and > -105f);
        Assert.Contains(floats, static value => value is > 44.36f and < 45f);
        Assert.Contains(floats, static value => Math.Abs(value) == float.MaxValue);
        Assert.Contains(doubles, static value => value is > 709.78 and < 711);
        Assert.Contains(doubles, static value => value is < -744.44 and > -746);
        Assert.Contains(doubles, static value => Math.Abs(value) == 1e30);
        Assert.Contains(doubles, static value => value != 0 && double.IsSubnormal(value));
        Assert.Contains(doubles, static value => Math.Abs(value) is > 1e-12 and < 1e-6);
    }

    [Fact]
    public void TargetsAreProbabilityVectorsAndGradientsMatchTheWidth()
    {
        Assert.All(Sample(LogitGenerators.WithTarget(LogitGenerators.Ordinary<double>())), static input =>
        {
            Assert.Equal(input.Logits.Length, input.TargetProbabilities.Length);
            Assert.All(input.TargetProbabilities, static y => Assert.InRange(y, 0, 1));
            Assert.Equal(1, input.TargetProbabilities.Sum(), 1e-12);
        });
        Assert.All(
            Sample(LogitGenerators.WithUpstreamGradient(LogitGenerators.Ordinary<float>())),
            static input => Assert.Equal(input.Logits.Length, input.UpstreamGradient.Length));
    }

    [Fact]
    public void ShrinkingKeepsAFiniteEntry()
    {
        var shrunk = LogitGenerators.WithNegativeInfinity<double>().Shrinker([double.NegativeInfinity, 1.0, double.NegativeInfinity, 2.0]);

        Assert.NotEmpty(shrunk);
        Assert.All(shrunk, static row => Assert.Contains(row, double.IsFinite));
    }

    private static T[] Sample<T>(Arbitrary<T> arbitrary, int count = Samples) =>
        arbitrary.Generator.Sample(count, new Rnd(20240601), 60);
}
