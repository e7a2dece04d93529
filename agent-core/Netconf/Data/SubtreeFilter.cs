using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>
    /// Writes the part of a data tree that a subtree filter selects (RFC 6241 §6). A filter element with no
    /// child elements is a selection node (its whole subtree), or with text a content match node (siblings
    /// are selected only where the leaf's value equals the text); an element with child elements is a
    /// containment node. An element in no namespace matches any namespace (§6.2.1). No filter at all selects
    /// everything; an empty filter selects nothing (§6.4.2).
    /// </summary>
    public static class SubtreeFilter
    {
        /// <summary>Writes the selected top-level nodes of root; filter may be null (everything).</summary>
        public static void Write(DataNode root, XmlElement? filter, bool configOnly, XmlWriter writer)
        {
            for (int i = 0; i < root.ChildCount; i++)
            {
                DataNode node = root.Child(i);
                if (!configOnly || node.IsConfig)
                {
                    if (filter == null)
                    {
                        WriteWhole(node, configOnly, writer);
                    }
                    else
                    {
                        WriteSelected(node, filter, configOnly, writer);
                    }
                }
            }
        }

        /// <summary>True when the filter selects anything of root's children (an event passes a
        /// subscription's filter, RFC 5277 §3.6).</summary>
        public static bool SelectsAny(DataNode root, XmlElement filter)
        {
            for (int i = 0; i < root.ChildCount; i++)
            {
                for (int f = 0; f < filter.ChildCount; f++)
                {
                    if (Matches(filter.Child(f), root.Child(i)) && Selects(root.Child(i), filter.Child(f), false))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // node is written if one of the filter's children (matching its name) selects it.
        private static void WriteSelected(DataNode node, XmlElement filterParent, bool configOnly, XmlWriter writer)
        {
            for (int f = 0; f < filterParent.ChildCount; f++)
            {
                XmlElement filter = filterParent.Child(f);
                if (Matches(filter, node) && Selects(node, filter, configOnly))
                {
                    WriteMatch(node, filter, configOnly, writer);
                    return;
                }
            }
        }

        private static void WriteMatch(DataNode node, XmlElement filter, bool configOnly, XmlWriter writer)
        {
            if (filter.ChildCount == 0 || OnlyContentMatches(filter))
            {
                WriteWhole(node, configOnly, writer);
                return;
            }

            writer.StartElement(node.Name, node.Namespace);
            for (int i = 0; i < node.ChildCount; i++)
            {
                DataNode child = node.Child(i);
                if (!configOnly || child.IsConfig)
                {
                    WriteSelected(child, filter, configOnly, writer);
                }
            }

            writer.EndElement();
        }

        // Does the filter element (already matching node's name) select anything of node?
        private static bool Selects(DataNode node, XmlElement filter, bool configOnly)
        {
            if (filter.ChildCount == 0)
            {
                // A content match node on a leaf compares values; a selection node selects the node.
                return !filter.HasNonWhitespaceText || (node.IsLeaf && node.Value == filter.Text.Trim());
            }

            if (node.IsLeaf)
            {
                return false;
            }

            // Every content match among the filter's children must hold for this instance (§6.2.5).
            for (int f = 0; f < filter.ChildCount; f++)
            {
                XmlElement match = filter.Child(f);
                if (IsContentMatch(match) && !HasMatchingLeaf(node, match))
                {
                    return false;
                }
            }

            if (OnlyContentMatches(filter))
            {
                return true;
            }

            for (int i = 0; i < node.ChildCount; i++)
            {
                DataNode child = node.Child(i);
                if (configOnly && !child.IsConfig)
                {
                    continue;
                }

                for (int f = 0; f < filter.ChildCount; f++)
                {
                    XmlElement inner = filter.Child(f);
                    if (!IsContentMatch(inner) && Matches(inner, child) && Selects(child, inner, configOnly))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool HasMatchingLeaf(DataNode node, XmlElement match)
        {
            string expected = match.Text.Trim();
            for (int i = 0; i < node.ChildCount; i++)
            {
                DataNode child = node.Child(i);
                if (child.IsLeaf && Matches(match, child) && child.Value == expected)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsContentMatch(XmlElement filter)
        {
            return filter.ChildCount == 0 && filter.HasNonWhitespaceText;
        }

        private static bool OnlyContentMatches(XmlElement filter)
        {
            for (int f = 0; f < filter.ChildCount; f++)
            {
                if (!IsContentMatch(filter.Child(f)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Matches(XmlElement filter, DataNode node)
        {
            return filter.LocalName == node.Name && (filter.Namespace.Length == 0 || filter.Namespace == node.Namespace);
        }

        internal static void WriteWhole(DataNode node, bool configOnly, XmlWriter writer)
        {
            writer.StartElement(node.Name, node.Namespace);
            if (node.IsLeaf)
            {
                writer.Text(node.Value!);
            }

            for (int i = 0; i < node.ChildCount; i++)
            {
                DataNode child = node.Child(i);
                if (!configOnly || child.IsConfig)
                {
                    WriteWhole(child, configOnly, writer);
                }
            }

            writer.EndElement();
        }
    }
}
