using System.Collections.Immutable;
using Verification.Numerics;

namespace Verification.Documents.Comparisons;

/// <summary>
/// The catalog results that have a kernel in <c>Verification.Numerics</c>, with sample points that
/// include the extremes where a naive formula breaks (|x| = 30, logits near 1000).
/// </summary>
public static class KernelComparisons
{
    public static ImmutableArray<KernelComparison> All { get; } =
    [
        new(
            "sigmoid-derivative",
            "StablePrimitives.SigmoidDerivative",
            static p => Unary(StablePrimitives.SigmoidDerivative<double>, p["x"]),
            static p => Unary(Activations.Sigmoid, p["x"]),
            Points("x", -30, -4, -1, 0, 0.5, 2, 30)),
        new(
            "sigmoid-symmetry",
            "1 − Activations.Sigmoid(x)",
            static p => 1 - Unary(Activations.Sigmoid, p["x"]),
            null,
            Points("x", -30, -2, 0, 0.5, 3, 40)),
        new(
            "softmax-jacobian-diagonal",
            "Activations.SoftmaxJacobian, entry (0, 0)",
            static p => Jacobian(p)[0],
            static p => Softmax(Logits(p, 3))[0],
            Logit3Points()),
        new(
            "softmax-jacobian-off-diagonal",
            "Activations.SoftmaxJacobian, entry (0, 1)",
            static p => Jacobian(p)[1],
            static p => Softmax(Logits(p, 3))[0],
            Logit3Points()),
        new(
            "logsumexp-gradient",
            "Activations.Softmax, component 0",
            static p => Softmax(Logits(p, 3))[0],
            static p => StablePrimitives.LogSumExp<double>(Logits(p, 3)),
            Logit3Points()),
        new(
            "cross-entropy-gradient",
            "StablePrimitives.CrossEntropyGradient, component 0",
            static p => CrossEntropyGradient(p)[0],
            static p => StablePrimitives.CrossEntropy<double>(Logits(p, 3), Targets(p)),
            [.. Logit3Points().Select(static point => point.Add("y0", 1).Add("y1", 0)), Point(("z0", 1), ("z1", 2), ("z2", 0), ("y0", 0.25), ("y1", 0.5))]),
        new(
            "binary-cross-entropy-gradient",
            "StablePrimitives.BinaryCrossEntropyGradient",
            static p => Binary(StablePrimitives.BinaryCrossEntropyGradient<double>, p),
            static p => Binary(StablePrimitives.BinaryCrossEntropy<double>, p),
            [Point(("x", -30), ("y", 1)), Point(("x", -1), ("y", 0)), Point(("x", 0), ("y", 1)), Point(("x", 2), ("y", 0.25)), Point(("x", 40), ("y", 0))]),
        new(
            "two-class-softmax-is-sigmoid",
            "Activations.Softmax([z0, z1]), component 0",
            static p => Softmax([p["z0"], p["z1"]])[0],
            null,
            [Point(("z0", 1), ("z1", 2)), Point(("z0", 0), ("z1", 0)), Point(("z0", -3), ("z1", 4)), Point(("z0", 1000), ("z1", 1001)), Point(("z0", -800), ("z1", -750))]),
    ];

    /// <summary>The comparison for an entry, or null when no kernel computes its result.</summary>
    public static KernelComparison? For(string entryId) => All.FirstOrDefault(c => c.EntryId == entryId);

    private static ImmutableArray<ImmutableSortedDictionary<string, double>> Logit3Points() =>
    [
        Point(("z0", 1), ("z1", 2), ("z2", 0)),
        Point(("z0", 0), ("z1", 0), ("z2", 0)),
        Point(("z0", -3), ("z1", 0.5), ("z2", 4)),
        Point(("z0", 1000), ("z1", 1001), ("z2", 1002)),
        Point(("z0", -1000), ("z1", -1001), ("z2", -999)),
    ];

    private static ImmutableArray<ImmutableSortedDictionary<string, double>> Points(string name, params double[] values) =>
        [.. values.Select(value => Point((name, value)))];

    private static ImmutableSortedDictionary<string, double> Point(params (string Name, double Value)[] values) =>
        values.ToImmutableSortedDictionary(static v => v.Name, static v => v.Value, StringComparer.Ordinal);

    private delegate void SpanKernel(ReadOnlySpan<double> x, Span<double> destination);

    private delegate void PairKernel(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination);

    private static double Unary(SpanKernel kernel, double x)
    {
        var result = new double[1];
        kernel([x], result);
        return result[0];
    }

    private static double Binary(PairKernel kernel, IReadOnlyDictionary<string, double> p)
    {
        var result = new double[1];
        kernel([p["x"]], [p["y"]], result);
        return result[0];
    }

    private static double[] Logits(IReadOnlyDictionary<string, double> p, int count) =>
        [.. Enumerable.Range(0, count).Select(k => p[$"z{k}"])];

    private static double[] Targets(IReadOnlyDictionary<string, double> p) => [p["y0"], p["y1"], 1 - p["y0"] - p["y1"]];

    private static double[] Softmax(double[] logits)
    {
        var result = new double[logits.Length];
        Activations.Softmax(logits, result);
        return result;
    }

    private static double[] Jacobian(IReadOnlyDictionary<string, double> p)
    {
        var result = new double[9];
        Activations.SoftmaxJacobian(Logits(p, 3), result);
        return result;
    }

    private static double[] CrossEntropyGradient(IReadOnlyDictionary<string, double> p)
    {
        var result = new double[3];
        StablePrimitives.CrossEntropyGradient<double>(Logits(p, 3), Targets(p), result);
        return result;
    }
}
