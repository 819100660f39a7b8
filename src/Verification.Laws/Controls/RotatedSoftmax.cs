namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: a correct softmax whose outputs land one place to the right (entry i gets sᵢ₋₁, entry 0 gets
/// the last), the kind of slip an index offset in a hand-written kernel makes. The values, their sum, their range,
/// their behaviour under shifts and the float/double agreement are all those of a correct softmax, so only a law
/// that pins each entry to its index (softmax-matches-reference) sees it; a row of equal logits hides it.
/// </summary>
public static class RotatedSoftmax
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var s = StableSoftmax.Of(x);
        for (var i = 0; i < s.Length; i++)
        {
            destination[(i + 1) % s.Length] = s[i];
        }
    }
}
