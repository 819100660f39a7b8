using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Verification.Laws.Arithmetic;

namespace Verification.Laws.Generators;

/// <summary>Generators of single logits at the scales the row families are built from.</summary>
internal static class ElementGenerators
{
    /// <summary>Exponent of the largest "huge" magnitude: 10³⁰⁰ for double; 3·10³⁸ for float (just under float.MaxValue).</summary>
    public static double HugeExponent<T>()
        where T : IFloatingPointIeee754<T> =>
        Math.Min(300, Math.Log10(0.9 * FloatingPointFacts<T>.MaxValue));

    /// <summary>Uniform in [0, 1) with 53 random bits (FsCheck's Choose yields 31-bit integers, so two are joined).</summary>
    public static Gen<double> UnitInterval { get; } =
        from high in Gen.Choose(0, (1 << 26) - 1)
        from low in Gen.Choose(0, (1 << 27) - 1)
        select ((high * 134217728.0) + low) / 9007199254740992.0;

    public static Gen<double> Uniform(double low, double high) => UnitInterval.Select(u => low + ((high - low) * u));

    public static Gen<double> WithRandomSign(Gen<double> magnitude) =>
        from value in magnitude
        from negative in Gen.Elements(false, true)
        select negative ? -value : value;

    /// <summary>10^e with e uniform in [low, high]: every decade equally likely.</summary>
    public static Gen<double> LogUniformMagnitude(double lowExponent, double highExponent) =>
        Uniform(lowExponent, highExponent).Select(static e => Math.Pow(10, e));

    /// <summary>The logits of a trained classifier: mostly in [−30, 30], with small integers so that ties occur.</summary>
    public static Gen<T> Ordinary<T>()
        where T : IFloatingPointIeee754<T> =>
        Gen.Frequency(
            (6, Uniform(-30, 30)),
            (2, Gen.Choose(-5, 5).Select(static i => (double)i)),
            (2, Uniform(-1, 1)))
        .Select(T.CreateTruncating);

    /// <summary>±10⁴ … ±10³⁰⁰ (double) or ±10⁴ … ±3·10³⁸ (float): exp overflows for all of them.</summary>
    public static Gen<T> Huge<T>()
        where T : IFloatingPointIeee754<T> =>
        WithRandomSign(LogUniformMagnitude(4, HugeExponent<T>())).Select(T.CreateTruncating);

    /// <summary>|x| ≤ 10⁻³⁰ down to the subnormals, and signed zeros.</summary>
    public static Gen<T> Tiny<T>()
        where T : IFloatingPointIeee754<T>
    {
        var smallestSubnormal = FloatingPointFacts<T>.SmallestSubnormal;
        return Gen.Frequency(
                (5, WithRandomSign(LogUniformMagnitude(Math.Log10(smallestSubnormal), -30))),
                (2, WithRandomSign(Gen.Choose(1, 4).Select(multiple => multiple * smallestSubnormal))),
                (1, Gen.Elements(0.0, -0.0)))
            .Select(T.CreateTruncating);
    }

    /// <summary>Any of the scales above, and exact zero.</summary>
    public static Gen<T> MixedScale<T>()
        where T : IFloatingPointIeee754<T> =>
        Gen.Frequency(
            (4, Ordinary<T>()),
            (2, Huge<T>()),
            (2, Tiny<T>()),
            (1, Gen.Constant(T.Zero)));

    /// <summary>
    /// Where the textbook formulas of the sigmoid's relatives break, with either sign, exactly or moved by a few
    /// ulp or by up to ±1: ln(max), beyond which eˣ overflows (log(1 + eˣ) = ∞ from 88.72 in float, 709.78 in
    /// double); ln(max)/2, beyond which e²ˣ does ((e²ˣ − 1)/(e²ˣ + 1) = ∞/∞); the exponents where eˣ leaves the
    /// normals and underflows to 0 (log σ(x) as log of a σ that rounded to 0 is −∞); −ln(u), beyond which
    /// 1 + e⁻ˣ rounds to 1; the branch points 40, 80 and 700 stable kernels use; and 10³⁰, the largest finite
    /// value, the smallest normal and subnormal, and 0.
    /// </summary>
    public static Gen<T> Breakpoints<T>()
        where T : IFloatingPointIeee754<T>
    {
        var logMax = Math.Log(FloatingPointFacts<T>.MaxValue);
        double[] points =
        [
            logMax,
            logMax / 2,
            -Math.Log(FloatingPointFacts<T>.SmallestNormal),
            FloatingPointFacts<T>.UnderflowExponent,
            -Math.Log(FloatingPointFacts<T>.MachineEpsilon / 2),
            40,
            80,
            700,
            1e30,
            FloatingPointFacts<T>.MaxValue,
            FloatingPointFacts<T>.SmallestNormal,
            FloatingPointFacts<T>.SmallestSubnormal,
            0,
        ];
        var exact = Gen.Elements(points).Select(T.CreateTruncating);
        var ulpsAway =
            from point in exact
            from steps in Gen.Choose(-4, 4)
            select StepUlps(point, steps);
        var nearby =
            from point in Gen.Elements(points)
            from offset in Uniform(-1, 1)
            select T.CreateTruncating(point + offset);
        return
            from value in Gen.Frequency((2, exact), (2, ulpsAway), (1, nearby))
            from negative in Gen.Elements(false, true)
            select negative ? -value : value;
    }

    /// <summary>Upstream gradients and similar companions: ordinary magnitudes, with exact zeros and ±1.</summary>
    public static Gen<T> Gradient<T>()
        where T : IFloatingPointIeee754<T> =>
        Gen.Frequency(
            (8, Uniform(-10, 10)),
            (1, Gen.Constant(0.0)),
            (1, Gen.Elements(-1.0, 1.0)))
        .Select(T.CreateTruncating);

    /// <summary><paramref name="value"/> moved by <paramref name="steps"/> representable numbers, stopping at ±max.</summary>
    private static T StepUlps<T>(T value, int steps)
        where T : IFloatingPointIeee754<T>
    {
        for (var i = 0; i < Math.Abs(steps); i++)
        {
            var next = steps > 0 ? T.BitIncrement(value) : T.BitDecrement(value);
            value = T.IsFinite(next) ? next : value;
        }

        return value;
    }
}
