namespace Verification.Onnx.Models;

/// <summary>A graph input or output (<c>ValueInfoProto</c> of a tensor type).</summary>
/// <param name="Name">The value's name in the graph.</param>
/// <param name="ElementType">Float or double.</param>
/// <param name="Dimensions">One entry per axis: a number for a fixed size, a name (<c>dim_param</c>) for a dynamic one.</param>
public sealed record OnnxTensor(string Name, OnnxElementType ElementType, IReadOnlyList<OnnxDimension> Dimensions);
