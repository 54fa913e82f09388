package org.intdesigner.diagram.render;

/** A rectangle in diagram coordinates. */
public record Box(int x, int y, int width, int height) {

	public int right() {
		return x + width;
	}

	public int bottom() {
		return y + height;
	}

	public int centerX() {
		return x + width / 2;
	}

	public int centerY() {
		return y + height / 2;
	}

	public boolean contains(int px, int py) {
		return px >= x && py >= y && px < x + width && py < y + height;
	}

	public boolean contains(Box other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}

	public boolean intersects(Box other) {
		return other.x < right() && other.right() > x && other.y < bottom() && other.bottom() > y;
	}

	public Box union(Box other) {
		int left = Math.min(x, other.x);
		int top = Math.min(y, other.y);
		return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
	}

	public Box expand(int margin) {
		return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
	}

	/** The box spanned by two corners given in any order (a rubber band). */
	public static Box spanning(int x1, int y1, int x2, int y2) {
		return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
	}
}
