using FsCheck;
using FsCheck.Fluent;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// FsCheck generators for the properties: logit vectors of n = 2..16 at every hazard of
/// <see cref="LogitKind"/>, and companion vectors (upstream gradients, probability targets).
/// Values are drawn as integers and scaled, so every input is an exact, printable double.
/// </summary>
public static class Generators
{
    public static Gen<double> Uniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(k => low + ((high - low) * k / 1_000_000.0));

    public static Gen<double> Ordinary => Uniform(-10, 10);

    public static Gen<int> Size => Gen.Choose(CompiledSoftmaxResultsFixture.SmallestN, CompiledSoftmaxResultsFixture.LargestN);

    public static Gen<LogitCase> Logits => Size.SelectMany(LogitsOfSize);

    public static Gen<LogitCase> LogitsOfSize(int n)
    {
        var ordinary = Gen.ArrayOf(Ordinary, n).Select(z => new LogitCase(z, LogitKind.Ordinary));
        var wide = Gen.ArrayOf(Uniform(-700, 700), n).Select(z => new LogitCase(z, LogitKind.Wide));
        var largeOffset =
            from sign in Gen.Elements(-1.0, 1.0)
            from exponent in Gen.Choose(4, 6)
            from spread in Gen.ArrayOf(Ordinary, n)
            select new LogitCase([.. spread.Select(v => (sign * Math.Pow(10, exponent)) + v)], LogitKind.LargeOffset);
        var ties =
            from value in Gen.OneOf(Ordinary, Uniform(-1e6, 1e6))
            select new LogitCase([.. Enumerable.Repeat(value, n)], LogitKind.Ties);
        var dominant =
            from rest in Gen.ArrayOf(Ordinary, n)
            from index in Gen.Choose(0, n - 1)
            from lead in Uniform(40, 800)
            select new LogitCase([.. rest.Select((v, k) => k == index ? v + lead : v)], LogitKind.Dominant);
        return Gen.Frequency((4, ordinary), (2, wide), (2, largeOffset), (1, ties), (1, dominant));
    }

    /// <summary>A probability vector of length n: one-hot, uniform, or normalised random weights.</summary>
    public static Gen<double[]> Target(int n)
    {
        var oneHot = Gen.Choose(0, n - 1).Select(hot => Enumerable.Range(0, n).Select(k => k == hot ? 1.0 : 0.0).ToArray());
        var uniform = Gen.Constant(Enumerable.Repeat(1.0 / n, n).ToArray());
        var weighted = Gen.ArrayOf(Uniform(0.001, 1), n).Select(w => w.Select(v => v / w.Sum()).ToArray());
        return Gen.Frequency((1, oneHot), (1, uniform), (2, weighted));
    }
}
