namespace Verification.Cli.Audit;

/// <summary>The implementations <c>audit --impl</c> knows by name.</summary>
public enum BuiltInImplementation
{
    /// <summary>Our kernels, <c>Verification.Numerics.Activations</c>.</summary>
    Ours,

    /// <summary><c>System.Numerics.Tensors.TensorPrimitives</c> (no max shift in SoftMax).</summary>
    TensorPrimitives,

    /// <summary>The textbook softmax without the max shift (a negative control).</summary>
    Naive,

    /// <summary>All three.</summary>
    All,
}
