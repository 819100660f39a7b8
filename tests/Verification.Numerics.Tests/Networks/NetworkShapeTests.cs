using Verification.Numerics.Networks;

namespace Verification.Numerics.Tests.Networks;

/// <summary>A network refuses a head that does not take the hidden layer's h outputs, naming the head.</summary>
public class NetworkShapeTests
{
    // Hidden layer: 2 inputs → 3 outputs.
    private static readonly DenseLayer<double> Hidden = new(new ImmutableMatrix<double>(3, 2, [1, 2, 3, 4, 5, 6]), new ImmutableVector<double>(0, 0, 0));

    [Fact]
    public void SigmoidNetworkRejectsAHeadOfTheWrongWidth()
    {
        var head = new SigmoidHead<double>(new ImmutableVector<double>(1, 2), 0);
        var error = Assert.ThrowsAny<ArgumentException>(() => new SigmoidNetwork<double>(Hidden, HiddenActivation.Tanh, head));
        Assert.Equal("output", error.ParamName);
        Assert.Contains("takes 2 features but the hidden layer has 3 outputs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SoftmaxNetworkRejectsAHeadOfTheWrongWidth()
    {
        var head = new SoftmaxHead<double>(new ImmutableMatrix<double>(2, 4, [1, 2, 3, 4, 5, 6, 7, 8]), new ImmutableVector<double>(0, 0));
        var error = Assert.ThrowsAny<ArgumentException>(() => new SoftmaxNetwork<double>(Hidden, HiddenActivation.Tanh, head));
        Assert.Equal("output", error.ParamName);
        Assert.Contains("takes 4 features but the hidden layer has 3 outputs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NetworkRejectsAnUndefinedActivation()
    {
        var head = new SigmoidHead<double>(new ImmutableVector<double>(1, 2, 3), 0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SigmoidNetwork<double>(Hidden, (HiddenActivation)99, head));
        Assert.Equal("activation", error.ParamName);
    }
}
