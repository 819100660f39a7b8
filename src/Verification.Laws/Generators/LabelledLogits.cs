using FsCheck;
using FsCheck.Fluent;

namespace Verification.Laws.Generators;

/// <summary>
/// Double logit vectors labelled with the hazard they exercise (<see cref="LogitKind"/>), for properties that
/// compare a kernel with a formula compiled from the catalog and must know where a third witness (central
/// differences) can be trusted. Values lie on a grid of 10⁶ steps per interval, so every input is an exact,
/// short, printable double that a failing property can show and a reader can paste back.
/// </summary>
/// <remarks>
/// The laws' own <see cref="LogitGenerators"/> draw 53 random bits per value and mix hazards within a row;
/// these stay on the grid because the derivation properties print their inputs in the failure message.
/// </remarks>
public static class LabelledLogits
{
    /// <summary>Uniform on the grid low + (high − low)·k/10⁶, k = 0 … 10⁶.</summary>
    public static Gen<double> OnGrid(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(k => low + ((high - low) * k / 1_000_000.0));

    /// <summary>Ordinary logits in [−10, 10], where central differences are accurate.</summary>
    public static Gen<double> Ordinary => OnGrid(-10, 10);

    /// <summary>Logit vectors of length n, weighted 4 : 2 : 2 : 1 : 1 over ordinary, wide, large offset, ties, dominant.</summary>
    public static Gen<LogitCase> OfSize(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var ordinary = Gen.ArrayOf(Ordinary, n).Select(z => new LogitCase(z, LogitKind.Ordinary));
        var wide = Gen.ArrayOf(OnGrid(-700, 700), n).Select(z => new LogitCase(z, LogitKind.Wide));
        var largeOffset =
            from sign in Gen.Elements(-1.0, 1.0)
            from exponent in Gen.Choose(4, 6)
            from spread in Gen.ArrayOf(Ordinary, n)
            select new LogitCase([.. spread.Select(v => (sign * Math.Pow(10, exponent)) + v)], LogitKind.LargeOffset);
        var ties =
            from value in Gen.OneOf(Ordinary, OnGrid(-1e6, 1e6))
            select new LogitCase([.. Enumerable.Repeat(value, n)], LogitKind.Ties);
        var dominant =
            from rest in Gen.ArrayOf(Ordinary, n)
            from index in Gen.Choose(0, n - 1)
            from lead in OnGrid(40, 800)
            select new LogitCase([.. rest.Select((v, k) => k == index ? v + lead : v)], LogitKind.Dominant);
        return Gen.Frequency((4, ordinary), (2, wide), (2, largeOffset), (1, ties), (1, dominant));
    }

    /// <summary>A probability vector of length n: one-hot, uniform, or normalised random weights (1 : 1 : 2).</summary>
    public static Gen<double[]> Target(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var oneHot = Gen.Choose(0, n - 1).Select(hot => Enumerable.Range(0, n).Select(k => k == hot ? 1.0 : 0.0).ToArray());
        var uniform = Gen.Constant(Enumerable.Repeat(1.0 / n, n).ToArray());
        var weighted = Gen.ArrayOf(OnGrid(0.001, 1), n).Select(w => w.Select(v => v / w.Sum()).ToArray());
        return Gen.Frequency((1, oneHot), (1, uniform), (2, weighted));
    }
}
