namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the Jacobian without its diagonal term, −s sᵀ. Symmetric, but negative semidefinite
/// (eigenvalue −‖s‖² ≤ −1/k), so the positive-semidefiniteness law catches it.
/// </summary>
public static class MissingDiagonalJacobian
{
    public static void SoftmaxJacobian<T>(ReadOnlySpan<T> x, Span<T> jacobianRowMajor)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.FillJacobian(x, jacobianRowMajor, static (si, sj, _) => -(si * sj));
}
