namespace Verification.Numerics.Tests;

/// <summary>The non-generic facade must forward to the kernels and name its own arguments.</summary>
public class ActivationsTests
{
    private static readonly double[] Logits = [0.5, -1.25, 3, 0, 2.5];
    private static readonly float[] SingleLogits = [0.5f, -1.25f, 3, 0, 2.5f];

    [Fact]
    public void EveryMethodForwardsToItsKernel()
    {
        Check((x, d) => Activations.Softmax(x, d), (x, d) => StablePrimitives.Softmax(x, d));
        Check((x, d) => Activations.LogSoftmax(x, d), (x, d) => StablePrimitives.LogSoftmax(x, d));
        Check((x, d) => Activations.Sigmoid(x, d), (x, d) => StablePrimitives.Sigmoid(x, d));
        CheckSingle((x, d) => Activations.Softmax(x, d), (x, d) => StablePrimitives.Softmax(x, d));
        CheckSingle((x, d) => Activations.LogSoftmax(x, d), (x, d) => StablePrimitives.LogSoftmax(x, d));
        CheckSingle((x, d) => Activations.Sigmoid(x, d), (x, d) => StablePrimitives.Sigmoid(x, d));
        Assert.Equal(StablePrimitives.LogSumExp<double>(Logits), Activations.LogSumExp(Logits));
        Assert.Equal(StablePrimitives.LogSumExp<float>(SingleLogits), Activations.LogSumExp(SingleLogits));

        var jacobian = new double[25];
        var expectedJacobian = new double[25];
        Activations.SoftmaxJacobian(Logits, jacobian);
        StablePrimitives.SoftmaxJacobian(Logits, expectedJacobian);
        Assert.Equal(expectedJacobian, jacobian);
        var singleJacobian = new float[25];
        var expectedSingleJacobian = new float[25];
        Activations.SoftmaxJacobian(SingleLogits, singleJacobian);
        StablePrimitives.SoftmaxJacobian(SingleLogits, expectedSingleJacobian);
        Assert.Equal(expectedSingleJacobian, singleJacobian);

        double[] gradient = [1, 0, -1, 2, 0.5];
        Check((x, d) => Activations.SoftmaxVectorJacobianProduct(x, gradient, d), (x, d) => StablePrimitives.SoftmaxVectorJacobianProduct(x, gradient, d));
        float[] singleGradient = [1, 0, -1, 2, 0.5f];
        CheckSingle((x, d) => Activations.SoftmaxVectorJacobianProduct(x, singleGradient, d), (x, d) => StablePrimitives.SoftmaxVectorJacobianProduct(x, singleGradient, d));

        double[] targets = [0.2, 0.2, 0.2, 0.2, 0.2];
        Check((x, d) => Activations.CrossEntropyGradient(x, targets, d), (x, d) => StablePrimitives.CrossEntropyGradient(x, targets, d));
        float[] singleTargets = [0.2f, 0.2f, 0.2f, 0.2f, 0.2f];
        CheckSingle((x, d) => Activations.CrossEntropyGradient(x, singleTargets, d), (x, d) => StablePrimitives.CrossEntropyGradient(x, singleTargets, d));
    }

    [Fact]
    public void JacobianFaultsNameTheFacadeArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => Activations.SoftmaxJacobian(new double[3], new double[8]));
        Assert.Equal("jacobianRowMajor", error.ParamName);
        Assert.Contains("too short", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => Activations.SoftmaxJacobian(ReadOnlySpan<float>.Empty, new float[1]));
        Assert.Equal("x", error.ParamName);
    }

    private static void Check(SpanAction<double> facade, SpanAction<double> kernel)
    {
        var actual = new double[Logits.Length];
        var expected = new double[Logits.Length];
        facade(Logits, actual);
        kernel(Logits, expected);
        Assert.Equal(expected, actual);
    }

    private static void CheckSingle(SpanAction<float> facade, SpanAction<float> kernel)
    {
        var actual = new float[SingleLogits.Length];
        var expected = new float[SingleLogits.Length];
        facade(SingleLogits, actual);
        kernel(SingleLogits, expected);
        Assert.Equal(expected, actual);
    }

    private delegate void SpanAction<T>(ReadOnlySpan<T> x, Span<T> destination);
}
