using System.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// The scalar code the log-sigmoid, softplus and binary cross-entropy kernels ran before they were
/// vectorised (ScalarMath at commit d65a655, which is internal to the library), kept verbatim as the
/// baseline of <see cref="ElementwiseVectorisationBenchmarks{T}"/>: one T.Exp, one T.Log and a division
/// per element, the log1p by Kahan's trick.
/// </summary>
internal static class ScalarLossBaselines
{
    public static T LogOnePlus<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        var u = T.One + x;
        if (u == T.One)
        {
            return x;
        }

        if (T.IsPositiveInfinity(u))
        {
            return u;
        }

        return T.Log(u) * x / (u - T.One);
    }

    public static T Sigmoid<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        if (x >= T.Zero)
        {
            return T.One / (T.One + T.Exp(-x));
        }

        var exponential = T.Exp(x);
        return exponential / (T.One + exponential);
    }

    public static T LogSigmoid<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Min(x, T.Zero) - LogOnePlus(T.Exp(-T.Abs(x)));

    public static T Softplus<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Max(x, T.Zero) + LogOnePlus(T.Exp(-T.Abs(x)));

    public static T BinaryCrossEntropy<T>(T logit, T target)
        where T : IFloatingPointIeee754<T> =>
        T.Max(logit, T.Zero) - (logit * target) + LogOnePlus(T.Exp(-T.Abs(logit)));

    public static T BinaryCrossEntropyGradient<T>(T logit, T target)
        where T : IFloatingPointIeee754<T> =>
        target == T.One ? -Sigmoid(-logit) : Sigmoid(logit) - target;
}
