namespace Verification.Numerics.Tests;

/// <summary>The facade's temperature and label-smoothing overloads forward to the generic kernels and keep their argument names.</summary>
public class ActivationsTemperatureAndSmoothingTests
{
    private static readonly double[] Logits = [0.5, -1.25, 3, 0, 2.5];
    private static readonly float[] SingleLogits = [0.5f, -1.25f, 3, 0, 2.5f];
    private static readonly double[] Targets = [0, 0.5, 0, 0.25, 0.25];
    private static readonly float[] SingleTargets = [0, 0.5f, 0, 0.25f, 0.25f];

    [Fact]
    public void EveryOverloadForwardsToItsKernel()
    {
        Check((x, d) => Activations.Softmax(x, d, 0.7), (x, d) => StablePrimitives.SoftmaxWithTemperature(x, d, 0.7));
        Check((x, d) => Activations.LogSoftmax(x, d, 0.7), (x, d) => StablePrimitives.LogSoftmaxWithTemperature(x, d, 0.7));
        Check((x, d) => Activations.CrossEntropyGradient(x, Targets, d, 0.1), (x, d) => StablePrimitives.CrossEntropyGradient(x, Targets, d, 0.1));
        Check((_, d) => Activations.SmoothLabels(Targets, d, 0.1), (_, d) => StablePrimitives.SmoothLabels<double>(Targets, d, 0.1));
        CheckSingle((x, d) => Activations.Softmax(x, d, 0.7f), (x, d) => StablePrimitives.SoftmaxWithTemperature(x, d, 0.7f));
        CheckSingle((x, d) => Activations.LogSoftmax(x, d, 0.7f), (x, d) => StablePrimitives.LogSoftmaxWithTemperature(x, d, 0.7f));
        CheckSingle((x, d) => Activations.CrossEntropyGradient(x, SingleTargets, d, 0.1f), (x, d) => StablePrimitives.CrossEntropyGradient(x, SingleTargets, d, 0.1f));
        CheckSingle((_, d) => Activations.SmoothLabels(SingleTargets, d, 0.1f), (_, d) => StablePrimitives.SmoothLabels<float>(SingleTargets, d, 0.1f));
    }

    [Fact]
    public void FacadeErrorsNameTheArgument()
    {
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => Activations.Softmax(Logits, new double[5], 0.0)).ParamName);
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => Activations.LogSoftmax(SingleLogits, new float[5], float.NaN)).ParamName);
        Assert.Equal("smoothing", Assert.Throws<ArgumentOutOfRangeException>(() => Activations.SmoothLabels(Targets, new double[5], 2.0)).ParamName);
        Assert.Equal("smoothing", Assert.Throws<ArgumentOutOfRangeException>(() => Activations.CrossEntropyGradient(SingleLogits, SingleTargets, new float[5], -1f)).ParamName);
    }

    private static void Check(SpanAction<double> facade, SpanAction<double> kernel)
    {
        var expected = new double[Logits.Length];
        var actual = new double[Logits.Length];
        kernel(Logits, expected);
        facade(Logits, actual);
        Assert.Equal(expected, actual);
    }

    private static void CheckSingle(SpanAction<float> facade, SpanAction<float> kernel)
    {
        var expected = new float[SingleLogits.Length];
        var actual = new float[SingleLogits.Length];
        kernel(SingleLogits, expected);
        facade(SingleLogits, actual);
        Assert.Equal(expected, actual);
    }

    private delegate void SpanAction<T>(ReadOnlySpan<T> x, Span<T> destination);
}
