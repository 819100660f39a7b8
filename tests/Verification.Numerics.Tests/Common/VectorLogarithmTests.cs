using System.Numerics;
using System.Runtime.Intrinsics;
using Verification.Numerics.Common;
using Verification.Numerics.Tests.Reference;

namespace Verification.Numerics.Tests.Common;

/// <summary>
/// The SIMD log1p on [0, 1] underneath log-sigmoid, softplus and binary cross-entropy, checked per
/// vector width against the double-double reference: a dense sweep, both sides of the reduction's
/// switch at √2 − 1, and tiny and subnormal t (where log1p(t) = t must come back exactly).
/// </summary>
public abstract class VectorLogarithmTests<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>fdlibm's bound for its log1p, which this one follows (measured: see the test output).</summary>
    private const double UlpBound = 1;

    [Fact]
    public void Vector512IsWithinOneUlp() => CheckWidth<Vector512<T>, Vector512Operations<T>>();

    [Fact]
    public void Vector256IsWithinOneUlp() => CheckWidth<Vector256<T>, Vector256Operations<T>>();

    [Fact]
    public void Vector128IsWithinOneUlp() => CheckWidth<Vector128<T>, Vector128Operations<T>>();

    [Fact]
    public void TinyArgumentsComeBackUnchangedAndNaNPropagates()
    {
        Assert.SkipUnless(Vector128Operations<T>.IsAccelerated, "Vector128 is not accelerated on this machine");
        var x = new[] { T.Epsilon, T.Epsilon * T.CreateTruncating(3), T.CreateTruncating(1e-30), T.Zero, T.NaN };
        var result = Evaluate<Vector128<T>, Vector128Operations<T>>(x);
        Assert.Equal(x[..4], result[..4]);
        Assert.True(T.IsNaN(result[4]));
    }

    internal static T[] Arguments()
    {
        var values = new List<T>();
        const int Steps = 40_000;
        for (var i = 0; i <= Steps; i++)
        {
            values.Add(T.CreateTruncating((double)i / Steps));
        }

        // Tiny t, down through the subnormals, each with a few neighbours.
        var smallestExponent = typeof(T) == typeof(float) ? -149 : -1074;
        for (var exponent = 0; exponent >= smallestExponent; exponent--)
        {
            var value = T.CreateTruncating(Math.ScaleB(1.0, exponent));
            values.Add(value);
            values.Add(T.BitIncrement(value));
            values.Add(value * T.CreateTruncating(1.7));
        }

        // Both sides of the switch u > √2 (t = √2 − 1) and the top end.
        foreach (var edge in new[] { Math.Sqrt(2) - 1, 1.0, 0.5 })
        {
            var value = T.CreateTruncating(edge);
            for (var step = 0; step < 8; step++)
            {
                values.Add(value);
                values.Add(T.Min(T.One, T.BitIncrement(value)));
                value = T.BitDecrement(value);
            }
        }

        return values.Where(value => value <= T.One).ToArray();
    }

    private static void CheckWidth<TVector, TOperations>()
        where TOperations : IVectorOperations<TVector, T>
    {
        Assert.SkipUnless(TOperations.IsAccelerated, $"{typeof(TVector).Name} is not accelerated on this machine");
        var x = Arguments();
        var result = Evaluate<TVector, TOperations>(x);
        var measured = Accuracy.AssertUlpBound<T>(
            x, result, static t => ExactMath.LogOnePlus(new ExactValue(new DoubleDouble(t, 0), 0)), UlpBound, "log1p on [0, 1]");
        Accuracy.Report($"log1p {typeof(TVector).Name}", measured);
    }

    private static T[] Evaluate<TVector, TOperations>(T[] x)
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = TOperations.Count;
        var padded = new T[(x.Length + count - 1) / count * count];
        x.CopyTo(padded, 0);
        var result = new T[padded.Length];
        for (var i = 0; i < padded.Length; i += count)
        {
            var value = VectorLogarithm.LogOnePlusOfUnitInterval<T, TVector, TOperations>(TOperations.Load(ref padded[0], (nuint)i));
            TOperations.Store(value, ref result[0], (nuint)i);
        }

        return result[..x.Length];
    }
}

public sealed class VectorLogarithmSingleTests : VectorLogarithmTests<float>;

public sealed class VectorLogarithmDoubleTests : VectorLogarithmTests<double>;
