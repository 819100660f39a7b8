namespace Verification.Onnx.Models;

/// <summary>One axis of a tensor shape (<c>TensorShapeProto.Dimension</c>): fixed (<paramref name="Size"/>) or dynamic (<paramref name="Parameter"/>).</summary>
/// <param name="Size">The fixed size, or null.</param>
/// <param name="Parameter">The symbolic name of a dynamic size, or null.</param>
public sealed record OnnxDimension(long? Size, string? Parameter)
{
    /// <summary>A fixed size.</summary>
    public static OnnxDimension Fixed(long size) => new(size, null);

    /// <summary>A dynamic size named <paramref name="parameter"/> (any size at run time).</summary>
    public static OnnxDimension Dynamic(string parameter) => new(null, parameter);
}
