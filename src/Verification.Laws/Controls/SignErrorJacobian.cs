namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the softmax Jacobian with the sign of the outer product flipped, diag(s) + s sᵀ. Still
/// symmetric and positive semidefinite, so only the laws that pin down the values (rows sum to zero, equals
/// diag(s) − s sᵀ) can catch it.
/// </summary>
public static class SignErrorJacobian
{
    public static void SoftmaxJacobian<T>(ReadOnlySpan<T> x, Span<T> jacobianRowMajor)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.FillJacobian(x, jacobianRowMajor, static (si, sj, diagonal) => (diagonal ? si : T.Zero) + (si * sj));
}
