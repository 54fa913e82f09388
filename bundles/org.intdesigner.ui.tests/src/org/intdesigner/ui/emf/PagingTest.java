package org.intdesigner.ui.emf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.edit.FeatureGroupItemProvider;
import org.junit.jupiter.api.Test;

/** Long lists come in pages of 1,000, and an element knows which page it is on. */
class PagingTest {

	@Test
	void aLongListIsPagedAndElementsFindTheirPage() {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		for (int i = 0; i < 2500; i++) {
			Post post = IntdFactory.eINSTANCE.createPost();
			post.setName("Post " + i);
			model.getPosts().add(post);
		}
		ComposedAdapterFactory adapters = IntdAdapterFactories.create();
		ItemContentProvider content = new ItemContentProvider(adapters);
		Object posts = FeatureGroupItemProvider.of(adapters, model, IntdPackage.Literals.INTD_MODEL__POSTS);

		Object[] pages = content.getChildren(posts);
		assertEquals(3, pages.length);
		assertEquals("1 – 1,000", ((ChildPage) pages[0]).label());
		assertEquals("2,001 – 2,500", ((ChildPage) pages[2]).label());
		assertEquals(500, content.getChildren(pages[2]).length);
		assertArrayEquals(model.getPosts().subList(1000, 2000).toArray(), content.getChildren(pages[1]));

		Post post1500 = model.getPosts().get(1500);
		assertEquals(pages[1], content.getParent(post1500));
		assertEquals(posts, content.getParent(pages[1]));

		content.setFilter(element -> !(element instanceof Post p) || p.getName().endsWith("7"));
		assertEquals(250, content.getChildren(posts).length, "250 matches fit on one page");
		assertTrue(Arrays.stream(content.getChildren(posts)).allMatch(Post.class::isInstance));
		content.dispose();
	}
}
