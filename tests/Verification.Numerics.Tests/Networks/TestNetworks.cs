using System.Numerics;
using Verification.Numerics.Networks;

namespace Verification.Numerics.Tests.Networks;

/// <summary>Deterministic random layers, heads and batches in the setting of the question: 2 inputs, one hidden layer.</summary>
internal static class TestNetworks
{
    public static ImmutableVector<T> Vector<T>(Random random, int length, double scale = 1)
        where T : IFloatingPointIeee754<T>
    {
        var values = new T[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = T.CreateTruncating(scale * ((2 * random.NextDouble()) - 1));
        }

        return new ImmutableVector<T>(values);
    }

    public static ImmutableMatrix<T> Matrix<T>(Random random, int rows, int columns, double scale = 1)
        where T : IFloatingPointIeee754<T> =>
        new(rows, columns, Vector<T>(random, rows * columns, scale).AsSpan());

    public static SigmoidNetwork<T> Sigmoid<T>(Random random, HiddenActivation activation, int inputs = 2, int hidden = 3)
        where T : IFloatingPointIeee754<T> =>
        new(
            new DenseLayer<T>(Matrix<T>(random, hidden, inputs, 1.5), Vector<T>(random, hidden)),
            activation,
            new SigmoidHead<T>(Vector<T>(random, hidden, 2), T.CreateTruncating(random.NextDouble() - 0.5)));

    public static SoftmaxNetwork<T> Softmax<T>(Random random, HiddenActivation activation, int inputs = 2, int hidden = 3)
        where T : IFloatingPointIeee754<T> =>
        new(
            new DenseLayer<T>(Matrix<T>(random, hidden, inputs, 1.5), Vector<T>(random, hidden)),
            activation,
            new SoftmaxHead<T>(Matrix<T>(random, 2, hidden, 2), Vector<T>(random, 2)));

    public static (T[] Inputs, int[] Labels) Batch<T>(Random random, int rows, int inputs = 2)
        where T : IFloatingPointIeee754<T>
    {
        var points = Vector<T>(random, rows * inputs, 2).AsSpan().ToArray();
        var labels = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            labels[i] = random.Next(2);
        }

        return (points, labels);
    }

    /// <summary>Parameters in a fixed order: hidden W, hidden b, head weights, head bias(es).</summary>
    public static double[] Flatten<T>(DenseLayer<T> hidden, ReadOnlySpan<T> headWeights, ReadOnlySpan<T> headBiases)
        where T : IFloatingPointIeee754<T> =>
        [.. TestNumbers.Widen(hidden.Weights.AsSpan()), .. TestNumbers.Widen(hidden.Biases.AsSpan()), .. TestNumbers.Widen(headWeights), .. TestNumbers.Widen(headBiases)];

    public static DenseLayer<double> HiddenFrom(double[] parameters, int hidden, int inputs) =>
        new(new ImmutableMatrix<double>(hidden, inputs, parameters.AsSpan(0, hidden * inputs)), new ImmutableVector<double>(parameters.AsSpan(hidden * inputs, hidden)));
}
